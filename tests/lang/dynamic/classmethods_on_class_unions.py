# Class methods called on a value that is one of several classes.


class A:
    def __init__(self, a, b=0):
        self.a = a
        self.b = b

    @classmethod
    def make(cls, a):
        return cls(a, b=7)

    @classmethod
    def made(cls, given):
        return cls(a=1, **given)


class B(A):
    def __init__(self, a, **kw):
        super().__init__(a, **kw)
        self.c = 5


def pick(n):
    return A if n else B


for n in (0, 1):
    k = pick(n)
    o = k.make(3)
    print(type(o).__name__, o.a, o.b)
    o = k.made({'b': 2})
    print(type(o).__name__, o.a, o.b)
    o = k.make(a=4)
    print(type(o).__name__, o.a, o.b)


def f(action=None):
    if action is None or isinstance(action, str):
        return A(0)
    return action.made({'b': 2})


print(f('x').a, f().a, f(B).b, f(A).b)
