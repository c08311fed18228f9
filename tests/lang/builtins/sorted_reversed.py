data = [5, 2, 8, 1, 9, 3]
print(sorted(data), sorted(data, reverse=True), sorted(data, key=lambda x: x % 3), data)
print(sorted('hello'), sorted({'b': 1, 'a': 2}), sorted([(1, 'b'), (1, 'a'), (0, 'z')]))
print(list(reversed(data)), list(reversed('abc')), list(reversed(range(3))), list(reversed((1, 2))))
print(sorted(['Banana', 'apple', 'Cherry'], key=str.lower), sorted(['aa', 'b', 'ccc'], key=len, reverse=True))
print(sorted([], key=len), sorted([3.5, 1, 2.25, True]))
try:
    reversed({1, 2})
except TypeError as e:
    print('TypeError', e)
