class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return x + self.n + sum(more)
    def __str__(self):
        return 'adds %d' % self.n
    def __repr__(self):
        return 'Adder(%d)' % self.n
    def __bool__(self):
        return self.n != 0
a = Adder(5)
print(a(1), a(1, 2, 3), callable(a), str(a), repr(a), [a], f'{a} {a!r}', '%s %r' % (a, a))
print(bool(Adder(0)), bool(a), 'yes' if Adder(0) else 'no', not a)
class OnlyRepr:
    def __repr__(self):
        return '<OnlyRepr>'
print(OnlyRepr(), str(OnlyRepr()), [OnlyRepr()])
class LenFalse:
    def __len__(self):
        return 0
print(bool(LenFalse()), 'truthy' if LenFalse() else 'falsy')
class Fmt:
    def __format__(self, spec):
        return 'Fmt<' + spec + '>'
print(format(Fmt(), 'x>5'), f'{Fmt():abc}')
