# A wrapper forwarding *args/**kwargs to a function called with several
# argument types: the call picks the specialisation at run time.
def trace(fn):
    def wrapper(*args, **kwargs):
        result = fn(*args, **kwargs)
        print(fn.__name__, args, sorted(kwargs.items()), '->', repr(result))
        return result
    return wrapper


@trace
def add(a, b=0):
    return a + b


@trace
def greet(name, punct='!'):
    return 'hi ' + name + punct


print(add(1, b=2), add('x', 'y'), add(2.5), add([1], [2]))
print(greet('bo'), greet(name='al', punct='?'))
try:
    add(1, 2, 3)
except TypeError as e:
    print('TypeError', e)
try:
    greet(nme='x')
except TypeError as e:
    print('TypeError', e)


def twice(fn):
    def run(*a):
        return [fn(*a) for _ in range(2)]
    return run


@twice
def scale(x, k=2):
    return x * k


print(scale(3), scale('ab'), scale(1.5, 4))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __repr__(self):
        return 'Money(%d)' % self.cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented

    def __radd__(self, other):
        return self.__add__(other)


m = Money(5)
print(m + 3, 3 + m, m + m)


class Holder:
    """A field holding a callable, called through the field."""

    def __init__(self, func, *args):
        self.func = func
        self.args = args

    def __call__(self, *more):
        return self.func(*self.args, *more)


print(Holder(add, 1)(2), Holder(greet)('cy'), Holder(max, 3)(9, 4), Holder(len)('abcd'))
h = Holder(lambda x, y: x * y, 6)
print(h(7), h.func(2, 3))
