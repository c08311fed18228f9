# d[k] += 1 on a boxed dict without k raises CPython's KeyError, from the read.
boxes = [{'a': 1}, [1, 2]]
boxes[0]['a'] += 1
print(boxes[0])
boxes[0]['b'] += 1
