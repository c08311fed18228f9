class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return V(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(self.x * k, self.y * k)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __abs__(self):
        return self.x * self.x + self.y * self.y

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __repr__(self):
        return "V(%d, %d)" % (self.x, self.y)

    def __bool__(self):
        return self.x != 0 or self.y != 0


a = V(1, 2)
b = V(3, 4)
print(a + b, a - b, a * 3, 2 * a, -a, abs(b))
print(a == V(1, 2), a != b, a < b, b < a, a <= b if False else 0)
print(bool(V(0, 0)), bool(a), not V(0, 0))
seen = {a, V(1, 2), b}
print(len(seen))
d = {a: "a", b: "b"}
print(d[V(3, 4)])
a += b
print(a)
vs = [V(5, 5), V(1, 0), V(2, 2)]
print(sorted(vs), max(vs), min(vs))


class Grid:
    def __init__(self, n):
        self.n = n
        self.cells = [0] * n

    def __len__(self):
        return self.n

    def __getitem__(self, i):
        return self.cells[i]

    def __setitem__(self, i, v):
        self.cells[i] = v

    def __contains__(self, v):
        return v in self.cells


g = Grid(4)
g[1] = 7
g[2] = g[1] + 1
print(len(g), g[1], g[2], 7 in g, 9 in g, 9 not in g, g.cells)
if g:
    print("non-empty")
