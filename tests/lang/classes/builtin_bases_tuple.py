# A tuple subclass made in __new__, with properties over its items.


class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return "Point(x=%r, y=%r)" % (self.x, self.y)


p = Point(1, 2)
q = Point(3, 4)
print(p, repr(p), str(p), [p, q], p.x, p.y, p + q, len(p), p[0], p[-1], list(p), tuple(p))
x, y = q
print(x, y, p == (1, 2), (1, 2) == p, p != q, p < q, 1 in p, p.index(2), p.count(1), p[::-1], type(p[::-1]).__name__)
print(isinstance(p, tuple), isinstance(p, Point), type(p).__name__, hash(p) == hash((1, 2)), (0,) + p, p * 2)
seen = {p: "origin-ish", Point(3, 4): "q"}
print(seen[p], seen[q], q in seen, sorted([q, p]), max(p), sum(q), f"{p}")


class Pair(tuple):
    pass


pair = Pair([5, 6])
print(pair, repr(pair), Pair(), pair + (7,), type(pair + (7,)).__name__, pair == (5, 6), {pair: 1}[pair])


class Named(tuple):
    def __new__(cls, *items, name="t"):
        obj = tuple.__new__(cls, items)
        obj.name = name
        return obj


n = Named(1, 2, 3, name="three")
print(n, n.name, len(n), n[1:], Named().name)
