# `rows[i][k] = v` where rows holds lists and an instance with
# __setitem__: the store dispatches at run time.
class Grid:
    def __init__(self):
        self.cells = {}

    def __setitem__(self, key, value):
        print('set', key, value)
        self.cells[key] = value

    def __getitem__(self, key):
        return self.cells.get(key, 0)

rows = [[0, 1, 2], [3, 4, 5], Grid()]
rows[0][1] = 10
rows[2][(1, 2)] = 7
rows[2]['k'] = 1
rows[2]['k'] += 5
print(rows[0], rows[2][(1, 2)], rows[2]['k'])
print(rows[2]['missing'])
for r in rows:
    r[0] = 'first'
print(rows[:2], rows[2][0])
