class Seq:
    def __getitem__(self, key):
        if isinstance(key, slice):
            return ('slice', key.start, key.stop, key.step)
        return ('index', key)
s = Seq()
print(s[3], s[1:2], s[::3], s[:], s[-1:], s[1:2, 3])
print(s[..., 1])
class Grid:
    def __init__(self):
        self.cells = {}
    def __setitem__(self, key, value):
        self.cells[key] = value
    def __getitem__(self, key):
        return self.cells.get(key, '.')
g = Grid()
g[1, 2] = '#'
print(g[1, 2], g[0, 0], g.cells)
