import copy

# A game board: a deep copy is a new board, a shallow one shares the rows.
board = [[0] * 4 for _ in range(4)]
snapshot = copy.deepcopy(board)
shallow = copy.copy(board)
board[1][2] = 7
shallow.append([9])
print(board)
print(snapshot)
print(shallow[1] is board[1], snapshot[1] is board[1], len(board), len(shallow))

# A config dict with nested lists and dicts.
config = {"name": "server", "ports": [80, 443], "limits": {"cpu": 2, "mem": [512, 1024]}}
backup = copy.deepcopy(config)
config["ports"].append(8080)
config["limits"]["mem"][0] = 256
print(config)
print(backup)
flat = copy.copy(config)
flat["name"] = "other"
print(flat["ports"] is config["ports"], config["name"], flat["name"])

# Shared parts stay shared, cycles stay cycles.
row = [1, 2]
grid = [row, row, (row, 3)]
g2 = copy.deepcopy(grid)
print(g2, g2[0] is g2[1], g2[2][0] is g2[0], g2[0] is row)
loop = [1, 2]
loop.append(loop)
l2 = copy.deepcopy(loop)
print(l2[2] is l2, l2[2] is loop, l2[:2])

# Immutable values come back as they are.
t = (1, "a", (2, 3))
print(copy.deepcopy(t) == t, copy.copy(t) == t, copy.deepcopy("text"), copy.deepcopy(3.5))
mixed = (1, [2])
m2 = copy.deepcopy(mixed)
print(m2, m2 is mixed, m2[1] is mixed[1])

sets = {"a": {1, 2, 3}, "b": frozenset({4})}
s2 = copy.deepcopy(sets)
sets["a"].add(4)
print(sorted(s2["a"]), sorted(sets["a"]), s2["b"] == sets["b"])

memo = {}
first = copy.deepcopy(row, memo)
again = copy.deepcopy(row, memo)
print(first is again, first)

buf = bytearray(b"abc")
b2 = copy.copy(buf)
buf[0] = 65
print(buf, b2)
