# getattr with names known only at run time, over classes with many
# attributes, class objects and modules; issubclass against collections.abc
# of classes that never get an instance (their slots still answer).
import collections.abc
import sys


class Shape:
    kind = "shape"
    sides = 0

    def __init__(self, name):
        self.name = name
        self.area = 0.0

    def describe(self):
        return f"{self.name} with {self.sides} sides"

    def grow(self, by):
        self.area += by
        return self.area


class Square(Shape):
    kind = "square"
    sides = 4


class NeverMade:
    def __iter__(self):
        return iter([])



class NeverMadeEither:
    def __call__(self):
        return 1

    __hash__ = None


sq = Square("sq")
names = ["name", "area", "kind", "sides", "describe", "grow", "__class__", "missing", "__module__", "_"]
for n in names:
    if hasattr(sq, n):
        v = getattr(sq, n)
        print(n, v() if n == "describe" else (v(2.5) if n == "grow" else v))
    else:
        print(n, "absent")
for n in ["kind", "sides", "nothing"]:
    print(n, getattr(Square, n, "absent"))
print(issubclass(NeverMade, collections.abc.Iterable))
print(issubclass(NeverMadeEither, collections.abc.Callable), issubclass(NeverMadeEither, collections.abc.Hashable))
print(issubclass(Shape, collections.abc.Iterable), issubclass(Shape, collections.abc.Hashable))
mod = sys.modules[__name__]
for n in ["Shape", "sq", "names", "nothing", "__name__"]:
    print(n, hasattr(mod, n))
bound = dir()
print([n for n in bound if not n.startswith("__")])
