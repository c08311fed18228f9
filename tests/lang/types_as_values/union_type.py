# `X | Y` on classes: types.UnionType values, as CPython 3.11 has them.
MaybeInt = int | None
Scalar = int | str | float
print(MaybeInt, Scalar, None | int, type(MaybeInt).__name__, type(MaybeInt))
print(MaybeInt.__args__, Scalar.__args__, MaybeInt.__parameters__)

# Members are flattened and repeats dropped; one member is the class itself.
print(int | int, (int | str) | (str | float), int | str | int, list[int] | None, None | list[int])
print(int | list[int], type(int | int).__name__)


class Shape:
    pass


class Circle(Shape):
    pass


ShapeOrNone = Shape | None
print(ShapeOrNone, Shape | Circle, (Shape | Circle).__args__ == (Shape, Circle))

# Equality ignores order; the hash follows.
print((int | str) == (str | int), (int | str) == (int | float), (int | str) == int, hash(int | str) == hash(str | int))
print(len({int | str, str | int, int | None}))

# isinstance() and issubclass() take a union.
for value in (3, "s", 2.5, None, True, Circle(), [1]):
    print(type(value).__name__, isinstance(value, int | str), isinstance(value, MaybeInt), isinstance(value, ShapeOrNone))
print(issubclass(bool, int | str), issubclass(float, int | str), issubclass(Circle, Shape | None))
print(isinstance(3, int | list[int]), isinstance(3, (str, int | None)))


def accepts(value, kinds):
    return isinstance(value, kinds)


print(accepts(1, int | str), accepts(1.5, int | str), accepts(None, int | None))

try:
    int | "str"
except TypeError as e:
    print("TypeError:", e)
try:
    isinstance("s", int | list[int])
except TypeError as e:
    print("TypeError:", e)


def optional_of(flag):
    kind = int if flag else str
    return kind | None


def describe(value):
    if isinstance(value, int | str):
        return "scalar " + repr(value)
    return "other"


print(optional_of(True), optional_of(False), ValueError | None, type[ValueError] | KeyError)
print(describe(1), describe("a"), describe(2.5))
