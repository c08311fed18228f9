def search(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return r, c
    return None
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(search(grid, 6), search(grid, 10))
found = None
for r in range(3):
    for c in range(3):
        if grid[r][c] * 2 == 10:
            found = (r, c)
            break
    if found:
        break
print(found)
count = 0
i = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    count += i
    if i > 20:
        break
print(count, i)
