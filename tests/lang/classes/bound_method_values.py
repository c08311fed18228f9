# Bound methods as values: stored, passed, compared, printed, introspected.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def scaled(self, k, offset=0):
        return Point(self.x * k + offset, self.y * k + offset)

    def __repr__(self):
        return 'Point(%d, %d)' % (self.x, self.y)

    @classmethod
    def origin(cls):
        return cls(0, 0)


p = Point(3, 4)
m = p.norm2
print(m(), m() == p.norm2())
s = p.scaled
print(s(2), s(2, offset=1), s(k=3))
print(repr(m))
print(m.__name__, m.__qualname__, m.__self__ is p, m.__func__ is Point.norm2)
print(m == p.norm2, m is p.norm2, p.norm2 == Point(3, 4).norm2, hash(m) == hash(p.norm2))
print(type(m).__name__, callable(m))
p.x = 6
print(m())
methods = [p.norm2, Point(1, 1).norm2, Point(0, 2).norm2]
print([f() for f in methods])
table = {'a': Point(1, 2).norm2, 'b': Point(2, 2).norm2}
print(sorted((k, f()) for k, f in table.items()))
make = Point.origin
print(make(), Point(5, 5).origin())
