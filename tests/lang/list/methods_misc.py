xs = [1, 2, 3] * 3
print(xs, [0] * 0, [[]] * 2, xs.count(2), xs.index(3, 3), xs.index(1, 1, 5))
print([1, 2] + [3], list('abc'), list(range(3)), list((1, 2)), list({'a': 1, 'b': 2}))
ys = xs.copy()
ys[0] = 100
print(xs[0], ys[0])
print(sum(xs), min(xs), max(xs), sorted(set(xs)), list(reversed(xs))[:4])
try:
    xs.index(42)
except ValueError as e:
    print('ValueError', e)
try:
    [].pop()
except IndexError as e:
    print('IndexError', e)
try:
    xs.remove(42)
except ValueError as e:
    print('ValueError', e)
print(repr([]), repr([None, True, 1.0, 'x', [1]]), str([' ']))
