from functools import singledispatch


@singledispatch
def describe(obj):
    return f"object {obj!r}"


@describe.register(int)
def _(obj):
    return f"int {obj}"


@describe.register(str)
def _(obj):
    return f"str {obj}"


@describe.register(list)
@describe.register(tuple)
def _(obj):
    return f"sequence of {len(obj)}"


class Shape:
    pass


class Circle(Shape):
    def __init__(self, r):
        self.r = r


class Square(Shape):
    pass


@describe.register(Shape)
def _(obj):
    return "shape " + type(obj).__name__


@describe.register(Square)
def _(obj):
    return "a square"


def number(obj):
    return f"number {obj}"


describe.register(float, number)
print(describe(1), describe("a"), describe([1, 2]), describe((1,)), describe(2.5))
print(describe(Circle(1)), describe(Square()), describe(None), describe(True))
print(describe.dispatch(bool) is describe.dispatch(int), describe.dispatch(float) is number)
print(describe.__name__, object in describe.registry, len(describe.registry))
try:
    describe()
except TypeError as e:
    print("TypeError:", e)
