# Lists and dicts shared through the items of other containers.
rows = []
row = []
rows.append(row)
row.append(1)
row.append(2)
print(rows)

table = {}
bucket = []
table["a"] = bucket
bucket.append("x")
print(table)

tree = {}
node = tree
for part in ["a", "b", "c"]:
    node = node.setdefault(part, {})
print(tree)

grid = [[]]
first = grid[0]
first.append(0.5)
print(grid)

index = {}
for word in ["one", "two", "three", "four"]:
    index.setdefault(len(word), []).append(word)
lists = list(index.values())
lists[0].append("six")
print(index)

pairs = [([], 1)]
pairs[0][0].append("p")
print(pairs)
