it = iter([1, 2, 3])
print(next(it), next(it), next(it), next(it, 'default'))
try:
    next(it)
except StopIteration as e:
    print('StopIteration', repr(e))
d = iter({'a': 1, 'b': 2})
print(list(d))
calls = [0]
def tick():
    calls[0] += 1
    return calls[0]
print(list(iter(tick, 4)))
it = iter('xy')
print(iter(it) is it, list(it), list(it))
try:
    next([1])
except TypeError as e:
    print('TypeError', e)
