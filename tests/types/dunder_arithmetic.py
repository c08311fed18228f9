class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __lt__(self, other):
        return self.x < other.x

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"

a = Vec(1, 2)
b = a + a
c = a * 3
d = 2 * a
e = -a
same = a == b
less = a < b
print(a, b, c, d, e, same, less)
