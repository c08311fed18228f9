# A break or continue in a loop's else belongs to the loop around it: the
# idiom that leaves two loops at once, and the one that retries.
def first_pair(rows, target):
    for i, row in enumerate(rows):
        for j, x in enumerate(row):
            if x == target:
                break
        else:
            continue
        return i, j
    return None


print(first_pair([[1, 2], [3, 4], [5, 6]], 4), first_pair([[1]], 9))

found = []
for a in range(2, 30):
    for d in range(2, a):
        if a % d == 0:
            break
    else:
        found.append(a)
        if len(found) == 6:
            break
print(found)

attempts = 0
while True:
    attempts += 1
    n = attempts * 7
    while n > 10:
        n -= 4
        if n == 13:
            break
    else:
        if attempts < 5:
            continue
        print("gave up at", attempts, n)
        break
    print("hit 13 after", attempts)
    break

grid = ["#..", "...", "..#"]
r = 0
open_cells = []
while r < len(grid):
    c = 0
    while c < len(grid[r]):
        if grid[r][c] == "#":
            c += 1
            continue
        open_cells.append((r, c))
        c += 1
    else:
        r += 1
        if r == 2:
            continue
    label = "row %d" % r
else:
    label = "done"
print(len(open_cells), open_cells[:3], label)

for word in ["alpha", "beta", "gamma"]:
    for ch in word:
        if ch == "e":
            print(word, "has e")
            break
    else:
        for ch in word:
            if ch == "m":
                print(word, "has m")
                break
        else:
            print(word, "has neither")
            continue
        continue
