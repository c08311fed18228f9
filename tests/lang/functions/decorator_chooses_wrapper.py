# A decorator choosing between two wrappers, by inspect.isgeneratorfunction
# or by a flag: one parameter fed several defs (generator functions, plain
# ones, lambdas), each def's wrapper called where the other's might be.
import inspect


def logged(func):
    if inspect.isgeneratorfunction(func):
        def gen_wrapper(*args):
            print("start", func.__name__)
            for item in func(*args):
                yield item * 10
        return gen_wrapper

    def wrapper(*args):
        print("call", func.__name__)
        return func(*args)
    return wrapper


@logged
def count(n):
    for i in range(n):
        yield i


@logged
def total(*values):
    return sum(values)


@logged
def countdown(n):
    yield from range(n, 0, -1)


def checked(strict):
    def decorate(func):
        def strict_wrapper(x):
            if x < 0:
                raise ValueError(f"{func.__name__}: negative {x}")
            return func(x)

        def lenient_wrapper(x):
            return func(abs(x))
        return strict_wrapper if strict else lenient_wrapper
    return decorate


@checked(True)
def double(x):
    return 2 * x


@checked(False)
def square(x):
    return x * x


class Counter:
    def __init__(self, start):
        self.start = start

    @logged
    def upto(self, n):
        yield from range(self.start, n)

    @logged
    def size(self):
        return self.start


def apply_all(funcs, value):
    return [f(value) for f in funcs]


print(list(count(3)))
print(total(1, 2, 3))
print(list(countdown(3)), sum(countdown(4)))
print(double(4), square(-5))
try:
    double(-1)
except ValueError as e:
    print("ValueError:", e)
print(apply_all([double, square], 3))
chosen = {True: double, False: square}
for flag in (True, False):
    print(flag, chosen[flag](6))
c = Counter(2)
print(list(c.upto(5)), c.size())
method = c.size
print(method(), type(method).__name__)
print(count.__name__, total.__name__, double.__name__, square.__name__)
