import math
from functools import total_ordering, cached_property
from itertools import permutations, product, accumulate, islice, count


@total_ordering
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x=0.0, y=0.0):
        self.x, self.y = x, y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    __rmul__ = __mul__

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)

    def __lt__(self, o):
        return abs(self) < abs(o)

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec({self.x:g}, {self.y:g})"


class Polygon:
    def __init__(self, *points):
        self.points = [p if isinstance(p, Vec) else Vec(*p) for p in points]

    @cached_property
    def area(self):
        pts = self.points
        s = sum(a.x * b.y - b.x * a.y for a, b in zip(pts, pts[1:] + pts[:1]))
        return abs(s) / 2

    @property
    def perimeter(self):
        pts = self.points
        return sum(abs(b - a) for a, b in zip(pts, pts[1:] + pts[:1]))

    def __contains__(self, p):
        inside = False
        pts = self.points
        for a, b in zip(pts, pts[1:] + pts[:1]):
            if (a.y > p.y) != (b.y > p.y):
                t = (p.y - a.y) / (b.y - a.y)
                if p.x < a.x + t * (b.x - a.x):
                    inside = not inside
        return inside

    def __len__(self):
        return len(self.points)


sq = Polygon((0, 0), (4, 0), (4, 4), (0, 4))
tri = Polygon(Vec(0, 0), Vec(3, 0), Vec(0, 4))
print(sq.area, sq.perimeter, tri.area, round(tri.perimeter, 6), len(tri))
print(Vec(1, 1) in sq, Vec(5, 1) in sq, [tuple(p) for p in tri.points])
print(sorted([Vec(3, 4), Vec(1, 0), Vec(0, 2)]), max(Vec(3, 4), Vec(-6, 0)), Vec(1, 2) <= Vec(2, 1))
print(2 * Vec(1, 2) + Vec(0.5, 0) * 2, {Vec(1, 1), Vec(1, 1), Vec(2, 2)} == {Vec(2, 2), Vec(1, 1)})
best = min(permutations([Vec(0, 0), Vec(1, 5), Vec(4, 1), Vec(2, 2)]),
           key=lambda route: sum(abs(b - a) for a, b in zip(route, route[1:])))
print(best, round(sum(abs(b - a) for a, b in zip(best, best[1:])), 4))
grid = [(x, y) for x, y in product(range(-1, 6), repeat=2) if Vec(x + 0.5, y + 0.5) in tri]
print(len(grid), grid[:4])
print(list(accumulate([1, 2, 3, 4], lambda a, b: a * b)), list(islice(count(10, 5), 4)))
print(f"{math.pi:.3f} {math.e:10.4e} {1e21} {0.1 + 0.2} {2/3!r} {-0.0} {float('nan')} {math.inf:>6}")
