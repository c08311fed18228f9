class Grid:
    def __init__(self, w, h):
        self.w = w
        self.cells = [0.0] * (w * h)

    def __getitem__(self, pos):
        x, y = pos
        return self.cells[y * self.w + x]

    def __setitem__(self, pos, value):
        x, y = pos
        self.cells[y * self.w + x] = value

    def __len__(self):
        return len(self.cells)

    def __contains__(self, value):
        return value in self.cells

g = Grid(2, 2)
g[0, 1] = 2.5
v = g[0, 1]
n = len(g)
has = 2.5 in g
print(v, n, has)
