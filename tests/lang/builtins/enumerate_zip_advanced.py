a = [1, 2, 3, 4]
b = 'abcd'
c = (True, False)
print(list(zip(a, b, c)), list(enumerate(zip(a, b), start=-1))[:2])
pairs = dict(enumerate(b))
print(pairs, {v: k for k, v in pairs.items()})
matrix = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*matrix)), [list(col) for col in zip(*zip(*matrix))] == matrix)
it = iter(range(6))
print(list(zip(it, it)))
