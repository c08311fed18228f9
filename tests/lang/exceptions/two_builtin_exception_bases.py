# An exception class with builtin exception bases on two lines (its own
# TypeError and a base's ArithmeticError): caught by either, with CPython's
# C3 order in __mro__.
class Base(ArithmeticError):
    pass


class Both(Base, TypeError):
    pass


class Flipped(LookupError, Base):
    pass


class Deeper(Both):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self.code = code


for cls in (Both, Flipped, Deeper):
    print([k.__name__ for k in cls.__mro__])

for handler in (ArithmeticError, TypeError, Exception, Base, Both):
    try:
        raise Both("boom")
    except handler as e:
        print("caught by", handler.__name__, type(e).__name__, e)

for exc in (Both("a"), Flipped("b"), Deeper(7)):
    try:
        raise exc
    except (KeyError, TypeError) as e:
        print("tuple: TypeError or KeyError", type(e).__name__, e)
    except LookupError as e:
        print("LookupError", type(e).__name__, e)

print(isinstance(Both(), TypeError), issubclass(Both, ArithmeticError), issubclass(Flipped, LookupError))
print(issubclass(Deeper, TypeError), issubclass(Flipped, TypeError))
try:
    raise Deeper(3)
except TypeError as e:
    print("deeper", e.code, e)
