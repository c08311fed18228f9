# Named tuple classes with mixin bases after the named tuple base: the
# mixins' methods and properties join the tuple's; the tuple's own methods
# come first, as in CPython's MRO, so a mixin's __repr__ is never used.
from collections import namedtuple


class Area:
    """Reads fields that only the classes deriving from it have."""

    @property
    def area(self):
        return self.width * self.height

    def describe(self):
        return f"{type(self).__name__} of area {self.area}"

    def __repr__(self):
        return "the mixin's repr"


class Labelled:
    label = "plain"

    def tagged(self):
        return f"[{self.label}] {self.describe()}"


class Rect(namedtuple("Rect", "width height"), Area):
    def scaled(self, k):
        return Rect(self.width * k, self.height * k)


class Tile(namedtuple("Tile", "width height colour", defaults=("grey",)), Area, Labelled):
    label = "tile"


r = Rect(2, 3)
print(r, repr(r), r.area, r.describe(), r.scaled(2).area, r.scaled(3))
print(isinstance(r, Area), isinstance(r, tuple), isinstance(r, Labelled), len(r), r == (2, 3), r[1])
t = Tile(4, 5)
print(t, t.area, t.tagged(), t._replace(colour="red").tagged(), t._fields, t._asdict())
shapes = [Rect(1, 1), Tile(2, 2, "blue"), Rect(3, 1)]
print(sorted(s.area for s in shapes), [s.describe() for s in shapes if isinstance(s, Area)])
try:
    r.width = 9
except AttributeError as e:
    print("AttributeError:", e)
