a = [1, 2, 3]
b = a
b.append(4)
print(a, a is b)
c = a[:]
c.append(5)
print(a, c)
grid = [[0] * 3] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 3 for _ in range(3)]
grid[0][0] = 1
print(grid)
def add(x, into=None):
    into = [] if into is None else into
    into.append(x)
    return into
print(add(1), add(2))
def bad(x, into=[]):
    into.append(x)
    return into
print(bad(1), bad(2))
nested = [1, [2, [3, [4]]]]
nested[1][1][1].append(5)
print(nested)
