from collections import namedtuple
import math


class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    def dist(self):
        return math.hypot(self.x, self.y)

    @property
    def norm1(self):
        return abs(self.x) + abs(self.y)

    def __repr__(self):
        return f"Point<{self.x}, {self.y}>"


p = Point(3, 4)
print(p, p.dist(), p.norm1)
print(p._replace(x=6), type(p._replace(x=6)).__name__)
print(p._asdict())
print(Point._make([1, 2]), Point._fields)
print(p == (3, 4), p[0], len(p), list(p))
x, y = p
print(x + y)
print(sorted([Point(2, 1), Point(1, 5)]))


Color = namedtuple("Color", ["r", "g", "b"], defaults=[0, 255])
print(Color(1), Color(1, 2), Color(1, 2, 3), Color._field_defaults)


class Vec(namedtuple("Vec", "x y z", defaults=(0,))):
    def __add__(self, other):
        return Vec(*(a + b for a, b in zip(self, other)))

    def __str__(self):
        return "(" + ", ".join(map(str, self)) + ")"

    @classmethod
    def zero(cls):
        return cls(0, 0)


v = Vec(1, 2) + Vec(3, 4, 5)
print(v, repr(v), Vec.zero())
