grid = [[0] * 3 for _ in range(3)]
grid[1][2] = 5
cell = grid[1][2]
index = {"evens": [0, 2], "odds": [1, 3]}
evens = index["evens"]
pairs = [(i, str(i)) for i in range(3)]
table = {(0, 0): [1.5]}
deep = {"a": {"b": [1]}}
print(grid, cell, evens, pairs, table, deep["a"]["b"][0])
