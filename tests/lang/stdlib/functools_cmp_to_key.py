import functools

words = ['pear', 'Fig', 'apple', 'banana', 'Cherry']
print(sorted(words, key=functools.cmp_to_key(lambda a, b: (a.lower() > b.lower()) - (a.lower() < b.lower()))))
print(sorted([5, 1, 4, 2], key=functools.cmp_to_key(lambda a, b: b - a)))

def by_length(a, b):
    return len(a) - len(b)

print(sorted(words, key=functools.cmp_to_key(by_length)))
print(max(words, key=functools.cmp_to_key(by_length)), min([3, 1, 2], key=functools.cmp_to_key(lambda a, b: a - b)))
key = functools.cmp_to_key(lambda a, b: a - b)
print(key(1) < key(2), key(3) == key(3), key(2) >= key(5))
pts = [(1, 2), (0, 5), (1, 0)]
pts.sort(key=functools.cmp_to_key(lambda p, q: p[0] - q[0] or q[1] - p[1]))
print(pts)
