"""src/stdlib/functools.py against CPython's functools."""
import functools

from differential import finish, load, same

ours = load('functools')
CASES = [
    lambda m: (m.reduce(lambda a, x: a * 10 + x, [1, 2, 3], 0), m.reduce(max, [3, 9, 2]), m.reduce(max, [], None)),
    lambda m: m.reduce(max, []),
    lambda m: (m.partial(int, base=2)('1011'), m.partial(max, 0)(-5, -1), m.partial(sorted, reverse=True)([1, 3, 2])),
    lambda m: (repr(m.partial(max, 0, key=abs)), repr(m.partial(m.partial(max, 0), 1)), m.partial(m.partial(max, 0), 1).args),
    lambda m: m.partial(5),
    lambda m: sorted([3, 1, 2], key=m.cmp_to_key(lambda a, b: b - a)),
]


def wraps(m):
    def deco(fn):
        @m.wraps(fn)
        def inner(*a):
            return fn(*a)
        return inner

    @deco
    def hello(x):
        "doc"
        return x
    return hello.__name__, hello.__doc__, hello.__wrapped__ is not None, hello(3)


def lru_unbounded(m):
    @m.lru_cache(maxsize=None)
    def fib(n):
        return n if n < 2 else fib(n - 1) + fib(n - 2)
    return fib(30), repr(fib.cache_info()), fib.__name__


def lru_bounded(m):
    @m.lru_cache(maxsize=2)
    def sq(n):
        return n * n
    for x in [1, 2, 1, 3, 2, 1, 1]:
        sq(x)
    info = sq.cache_info()
    sq.cache_clear()
    return repr(info), tuple(info), info.hits, repr(sq.cache_info())


def lru_bare_and_cache(m):
    @m.lru_cache
    def f(x, y=1):
        return x + y

    @m.cache
    def g(x):
        return x
    g(1)
    g(1)
    return f(1), f(1), f(1, y=1), f(x=1), repr(f.cache_info()), repr(g.cache_info())


def total_ordering(m, root):
    def make(op):
        return lambda s, o: op(s.v, o.v)
    namespace = {'__init__': lambda s, v: setattr(s, 'v', v), '__eq__': make(lambda a, b: a == b)}
    if root:
        namespace[root] = make({'__lt__': lambda a, b: a < b, '__le__': lambda a, b: a <= b,
                                '__gt__': lambda a, b: a > b, '__ge__': lambda a, b: a >= b}[root])
    cls = m.total_ordering(type('V', (), namespace))
    a, b = cls(1), cls(2)
    return a < b, a <= b, a > b, a >= b, b >= a, a <= a, b < a


def cached_property(m):
    class Box:
        def __init__(self, v):
            self.v = v
            self.runs = 0

        @m.cached_property
        def double(self):
            self.runs += 1
            return self.v * 2

    b = Box(4)
    first = (b.double, b.double, b.runs, 'double' in vars(b))
    del b.double
    again = (b.double, b.runs)
    b.double = 0
    return first, again, b.double, type(Box.double).__name__, Box.double.attrname


def cached_property_two_names(m):
    class C:
        a = m.cached_property(lambda self: 1)
        b = a
    return C


for case in CASES:
    same(case, functools, ours)
for case in (wraps, lru_unbounded, lru_bounded, lru_bare_and_cache, cached_property, cached_property_two_names):
    same(case, functools, ours)
for root in (None, '__lt__', '__le__', '__gt__', '__ge__'):
    same(total_ordering, functools, ours, root)
finish('functools')
