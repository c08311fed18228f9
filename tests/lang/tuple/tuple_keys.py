grid = {}
for r in range(3):
    for c in range(3):
        grid[(r, c)] = r * c
print(grid[(2, 2)], grid[1, 2], len(grid), (1, 1) in grid)
pairs = {(1, 'a'): 'x', (2, 'b'): 'y'}
for (n, s), v in pairs.items():
    print(n, s, v)
print(sorted({(3, 1), (1, 2), (1, 1)}))
print(hash((1, (2, 3))) == hash((1, (2, 3))))
try:
    {([1], 2): 3}
except TypeError as e:
    print('TypeError', e)
