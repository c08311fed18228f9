# Containers reached through loop variables, dict views and method results.
grid = [[], []]
for row in grid:
    row.append(1.5)
print(grid)

groups = {"a": [], "b": []}
for key, members in groups.items():
    members.append(key)
for members in groups.values():
    members.append(0)
print(groups)

rows = [[] for _ in range(3)]
for i, r in enumerate(rows):
    r.append(i)
print(rows)

table = {"x": []}
got = table.get("x")
got.append("v")
print(table)

stack = [[]]
top = stack[-1]
top.append(None)
popped = stack.pop()
popped.append(2)
print(stack, top, popped)

def last(xs):
    return xs[-1]

nested = [[]]
last(nested).append("deep")
print(nested)
