grid = ((r, c) for r in range(3) for c in range(3) if (r + c) % 2 == 0)
print(list(grid))
rows = [[1, 2], [3, 4, 5]]
print(sum(sum(x for x in row) for row in rows), max(len(r) for r in rows))
g = ((yield_x for yield_x in range(n)) for n in range(4))
print([list(inner) for inner in g])
print(dict((k, v) for k, v in zip('abc', range(3))), tuple(x for x in range(3)))
