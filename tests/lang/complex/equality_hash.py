# ==, != and hash across int, float and complex; complex in containers
print(1 + 0j == 1, 1 == 1 + 0j, 1.5 + 0j == 1.5, 1j == 1, 1j != 1j, 2j != 2, True == 1 + 0j, 0j == False)
print(complex(2 ** 53 + 1, 0) == 2 ** 53 + 1, complex(2 ** 53, 0) == 2 ** 53, 10 ** 400 == complex(1e300, 0))
print(hash(1 + 0j) == hash(1), hash(2.5 + 0j) == hash(2.5), hash(complex(-1, 0)), hash(1j), hash(1 + 2j),
      hash(complex(1e300, -1e300)), hash(complex(float('inf'), 0)), hash(-1 + 0j))
s = {1, 1 + 0j, 1.0, 2j, complex(0, 2)}
print(len(s), 2j in s, 3j in s, sorted([abs(x) for x in s]))
d = {1j: 'a', 2: 'b'}
d[2 + 0j] = 'c'
print(d, d[1j], [1j, 2] == [1j, 2], (1j,) == (1j,), [1j, 2].index(2 + 0j), [1j, 1j, 2].count(1j))
xs = [1j, 2, 3.5, 'x']
print([x == 2 for x in xs], [type(x).__name__ for x in xs], [isinstance(x, complex) for x in xs])
mixed = [1, 2.5, 3j]
total = 0
for m in mixed:
    total = total + m
print(total, sum([1j, 2j, 3]), max([abs(x) for x in mixed]))
