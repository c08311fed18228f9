# Builtins called with arguments they refuse by number or by keyword raise
# CPython's TypeError when the call runs (the program is valid Python):
# direct calls, calls through a variable, module functions.
import math


def show(label, thunk):
    try:
        thunk()
    except TypeError as e:
        print(label, "TypeError:", e)


show("int", lambda: int(x="5"))
show("int base twice", lambda: int("5", 10, base=8))
show("int three", lambda: int("5", 10, 3))
show("int keywords", lambda: int(x=1, base=2, y=3))
show("int many", lambda: int("5", 10, 3, base=2))
show("abs", lambda: abs(1, 2))
show("abs kw", lambda: abs(x=1))
show("len none", lambda: len())
show("len two", lambda: len([1], [2]))
show("len kw", lambda: len(obj=[1]))
show("pow one", lambda: pow(2))
show("pow base twice", lambda: pow(2, 3, base=4))
show("pow unknown", lambda: pow(2, 3, power=2))
show("pow many", lambda: pow(2, 3, 4, mod=5))
show("round", lambda: round())
show("round many", lambda: round(1.5, 1, 2))
show("round keywords", lambda: round(number=1.5, ndigits=1, x=2))
show("sorted kw", lambda: sorted([3, 1], kee=len))
show("sorted none", lambda: sorted())
show("sorted many", lambda: sorted([1], 2, key=len))
show("min", lambda: min())
show("max kw", lambda: max([1], x=1))
show("sum", lambda: sum())
show("sum start twice", lambda: sum([1], 2, start=3))
show("divmod", lambda: divmod(1))
show("isinstance", lambda: isinstance(1))
show("chr", lambda: chr())
show("ord", lambda: ord("a", "b"))
show("str", lambda: str(1, 2, 3, 4))
show("str kw", lambda: str(obj=1))
show("bytes keywords", lambda: bytes(source=1, encoding=2, errors=3, x=4))
show("float", lambda: float(1, 2))
show("float kw", lambda: float(x=1))
show("bool", lambda: bool(1, 2))
show("list", lambda: list([1], [2]))
show("tuple kw", lambda: tuple(iterable=[1]))
show("range", lambda: range())
show("range many", lambda: range(1, 2, 3, 4))
show("iter", lambda: iter())
show("next", lambda: next())
show("repr", lambda: repr())
show("hash", lambda: hash(1, 2))
show("print kw", lambda: print("x", colour="red"))
show("input", lambda: input("a", "b"))
show("format", lambda: format())
show("hex", lambda: hex())
show("math.gcd kw", lambda: math.gcd(a=1))
show("math.atan2", lambda: math.atan2(1))
show("math.comb", lambda: math.comb(1, 2, 3))
show("math.sin kw", lambda: math.sin(x=1))
show("math.sin many", lambda: math.sin(1, 2))
show("math.floor none", lambda: math.floor())
show("math.nextafter", lambda: math.nextafter(1))
show("fromkeys kw", lambda: dict.fromkeys(x=1))
f = len
show("len value", lambda: f())
g = int
show("int value", lambda: g(x="5"))
h = math.sin
show("sin value", lambda: h(1, 2))


# The arguments are evaluated before the call raises.
def noisy(v):
    print("evaluated", v)
    return v


show("order", lambda: abs(noisy(1), noisy(2)))
print(math.log(8, 2), math.nextafter(1.0, 2.0) > 1, int("7"), abs(-3), len([1, 2]), pow(2, exp=5),
      round(2.567, 1), sorted([2, 1], reverse=True))
