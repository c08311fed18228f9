print(len('abc'), len([1, 2]), len((1,)), len({'a': 1}), len({1, 2, 3}), len(range(10)), len(b'xy'), len(''))
print(list(enumerate('abc')), list(enumerate(['x', 'y'], 1)), list(enumerate([], 5)))
print(list(zip([1, 2, 3], 'ab')), list(zip()), list(zip([1], [2], [3])), dict(zip('ab', [1, 2])))
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print('ValueError', e)
names, ages = zip(*[('a', 1), ('b', 2)])
print(names, ages)
for i, (a, b) in enumerate(zip('xy', 'pq')):
    print(i, a, b)
