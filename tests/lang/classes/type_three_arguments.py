# type(name, bases, namespace) with a dict display: a class made as the
# class statement would make it.
Point = type("Point", (object,), {"x": 1, "show": lambda self: "Point(x=%d)" % self.x})
p = Point()
print(p.show(), Point.x, Point.__name__, type(p).__name__, Point.__qualname__)
p.x = 5
print(p.show(), Point.x)


def pair_total(self):
    return self.a + self.b


Pair = type("Pair", (), {"a": 1, "b": 2, "total": pair_total, "kind": "pair"})
q = Pair()
q.b = 10
print(q.total(), q.kind, Pair.kind, isinstance(q, Pair), Pair().total())


class Base:
    def hello(self):
        return "hello from " + type(self).__name__


Derived = type("Derived", (Base,), {"extra": 3})
d = Derived()
print(d.hello(), d.extra, isinstance(d, Base), issubclass(Derived, Base))
print([k.__name__ for k in Derived.__mro__])
E = type("E", (ValueError,), {})
try:
    raise E("bad")
except ValueError as e:
    print(type(e).__name__, e)
Empty = type("Empty", (), {})
print(Empty.__name__, Empty.__module__)
print(type(1), type("x"))
