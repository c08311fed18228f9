import functools
from functools import reduce, partial, lru_cache


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(80), fib.cache_info())


@functools.cache
def ways(n, k):
    if n == 0:
        return 1
    if n < 0 or k == 0:
        return 0
    return ways(n - k, k) + ways(n, k - 1)


print(ways(60, 60))
print(reduce(lambda a, b: a * b, range(1, 21)), reduce(lambda a, b: a + b, [], 'empty'))
power = partial(pow, 2)
print(power(10), partial(int, base=16)('ff'), power)


def compare(a, b):
    return (a > b) - (a < b)


print(sorted(['pear', 'Fig', 'apple'], key=functools.cmp_to_key(lambda a, b: compare(a.lower(), b.lower()))))


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print('calling', fn.__name__, args)
        return fn(*args)
    return wrapper


@logged
def add(a, b):
    """Adds."""
    return a + b


print(add(2, 3), add.__name__, add.__doc__)


@functools.total_ordering
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor

    def __eq__(self, other):
        return (self.major, self.minor) == (other.major, other.minor)

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)


print(Version(1, 2) <= Version(1, 3), Version(2, 0) >= Version(1, 9), Version(1, 0) > Version(1, 0))
