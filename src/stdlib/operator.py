"""operator: Python's operators as functions, and the getters.

Each function is the operator itself, so it raises what the operator
raises, with the same message.
"""
from builtins import abs as _abs

__all__ = ["abs", "add", "and_", "attrgetter", "concat", "contains", "countOf", "delitem", "eq", "floordiv",
           "ge", "getitem", "gt", "iadd", "iand", "iconcat", "ifloordiv", "ilshift", "imatmul", "imod", "imul",
           "index", "indexOf", "inv", "invert", "ior", "ipow", "irshift", "is_", "is_not", "isub", "itemgetter",
           "itruediv", "ixor", "le", "length_hint", "lshift", "lt", "matmul", "methodcaller", "mod", "mul", "ne",
           "neg", "not_", "or_", "pos", "pow", "rshift", "setitem", "sub", "truediv", "truth", "xor"]


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b


def ge(a, b):
    return a >= b


def gt(a, b):
    return a > b


def not_(a):
    return not a


def truth(a):
    return True if a else False


def is_(a, b):
    return a is b


def is_not(a, b):
    return a is not b


def abs(a):
    return _abs(a)


def add(a, b):
    return a + b


def and_(a, b):
    return a & b


def floordiv(a, b):
    return a // b


def index(a):
    if isinstance(a, int):
        return int(a)
    if not hasattr(a, "__index__"):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(a).__name__)
    return a.__index__()


def inv(a):
    return ~a


invert = inv


def lshift(a, b):
    return a << b


def mod(a, b):
    return a % b


def mul(a, b):
    return a * b


def matmul(a, b):
    return a @ b


def neg(a):
    return -a


def or_(a, b):
    return a | b


def pos(a):
    return +a


def pow(a, b):
    return a ** b


def rshift(a, b):
    return a >> b


def sub(a, b):
    return a - b


def truediv(a, b):
    return a / b


def xor(a, b):
    return a ^ b


def _check_sequence(a):
    """CPython concatenates only sequences: what has items but is no mapping."""
    if isinstance(a, dict) or not hasattr(a, "__getitem__"):
        raise TypeError("'%s' object can't be concatenated" % type(a).__name__)


def concat(a, b):
    _check_sequence(a)
    return a + b


def contains(a, b):
    return b in a


def _iterate(a):
    try:
        return iter(a)
    except TypeError:
        raise TypeError("argument of type '%s' is not iterable" % type(a).__name__) from None


def countOf(a, b):
    return sum(1 for x in _iterate(a) if x is b or x == b)


def indexOf(a, b):
    for i, x in enumerate(_iterate(a)):
        if x is b or x == b:
            return i
    raise ValueError("sequence.index(x): x not in sequence")


def getitem(a, b):
    return a[b]


def setitem(a, b, c):
    a[b] = c


def delitem(a, b):
    del a[b]


def length_hint(obj, default=0):
    try:
        return len(obj)
    except TypeError:
        pass
    if hasattr(obj, "__length_hint__"):
        return obj.__length_hint__()
    return default


def iadd(a, b):
    a += b
    return a


def iand(a, b):
    a &= b
    return a


def iconcat(a, b):
    _check_sequence(a)
    a += b
    return a


def ifloordiv(a, b):
    a //= b
    return a


def ilshift(a, b):
    a <<= b
    return a


def imod(a, b):
    a %= b
    return a


def imul(a, b):
    a *= b
    return a


def imatmul(a, b):
    a @= b
    return a


def ior(a, b):
    a |= b
    return a


def ipow(a, b):
    a **= b
    return a


def irshift(a, b):
    a >>= b
    return a


def isub(a, b):
    a -= b
    return a


def itruediv(a, b):
    a /= b
    return a


def ixor(a, b):
    a ^= b
    return a


class itemgetter:
    """itemgetter(k)(x) is x[k]; with several keys, the tuple of them."""

    def __init__(self, item, *items):
        self._items = (item,) + items

    def __call__(self, obj):
        if len(self._items) == 1:
            return obj[self._items[0]]
        return tuple(obj[i] for i in self._items)

    def __repr__(self):
        return "operator.itemgetter(" + ", ".join(repr(i) for i in self._items) + ")"


def _resolve(obj, dotted):
    for name in dotted.split("."):
        obj = getattr(obj, name)
    return obj


class attrgetter:
    """attrgetter('a.b')(x) is x.a.b; with several names, the tuple of them."""

    def __init__(self, attr, *attrs):
        for name in (attr,) + attrs:
            if not isinstance(name, str):
                raise TypeError("attribute name must be a string")
        self._attrs = (attr,) + attrs

    def __call__(self, obj):
        if len(self._attrs) == 1:
            return _resolve(obj, self._attrs[0])
        return tuple(_resolve(obj, name) for name in self._attrs)

    def __repr__(self):
        return "operator.attrgetter(" + ", ".join(repr(a) for a in self._attrs) + ")"


class methodcaller:
    """methodcaller('m', *args, **kwargs)(x) is x.m(*args, **kwargs)."""

    def __init__(self, name, /, *args, **kwargs):
        if not isinstance(name, str):
            raise TypeError("method name must be a string")
        self._name = name
        self._args = args
        self._kwargs = kwargs

    def __call__(self, obj):
        return getattr(obj, self._name)(*self._args, **self._kwargs)

    def __repr__(self):
        args = [repr(self._name)] + [repr(a) for a in self._args]
        args += [k + "=" + repr(v) for k, v in self._kwargs.items()]
        return "operator.methodcaller(" + ", ".join(args) + ")"
