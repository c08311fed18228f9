# Named tuples have read-only fields and no __dict__; a subclass without
# __slots__ gives its instances one.
from collections import namedtuple
from typing import NamedTuple

P = namedtuple("P", "x y")


class Q(namedtuple("Q", "a b")):
    __slots__ = ()

    def total(self):
        return self.a + self.b


class R(namedtuple("R", "a")):
    def twice(self):
        return self.a * 2


class T(NamedTuple):
    n: int = 0


for obj, field in ((P(1, 2), "x"), (Q(1, 2), "a"), (T(), "n"), (R(1), "a")):
    for name in ("extra", field):
        try:
            setattr(obj, name, 5)
            print("set", name, getattr(obj, name))
        except AttributeError as e:
            print("AttributeError:", e)
r = R(3)
r.note = "ok"
print(r.note, r.twice(), Q(1, 2).total(), r)
