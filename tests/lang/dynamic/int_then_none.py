def find(xs, target):
    result = None
    for i, x in enumerate(xs):
        if x == target:
            result = i
    return result
for t in [3, 9]:
    r = find([1, 3, 5, 3], t)
    print(t, r, r is None, 'found' if r is not None else 'missing')
x = 5
print(x + 1)
x = None
print(x, x is None)
x = 'now a string'
print(x.upper())
x = [x, 2]
print(x)
best = None
for v in [4, 9, 2]:
    if best is None or v > best:
        best = v
print(best)
