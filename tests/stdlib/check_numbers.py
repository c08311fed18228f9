"""src/stdlib/numbers.py against CPython's numbers: the tower's subclass
relations, the abstract methods that keep a subclass abstract, and the
mixin methods of Real, Rational and Integral."""
import numbers

from differential import finish, load, same

ours = load('numbers')
NAMES = ['Number', 'Complex', 'Real', 'Rational', 'Integral']


def tower(m):
    return [[issubclass(getattr(m, a), getattr(m, b)) for b in NAMES] for a in NAMES]


def builtins(m):
    return [[isinstance(v, getattr(m, n)) for n in NAMES] for v in (3, True, 2.5, 1j, 'x', None)]


def abstract(m, name):
    return sorted(getattr(m, name).__abstractmethods__)


def mixins(m):
    class Three(m.Integral):
        pass
    for method in abstract(m, 'Integral'):
        setattr(Three, method, lambda self, *args: 3)
    Three.__abstractmethods__ = frozenset()
    t = Three()
    return [t.numerator, t.denominator, float(t), t.__index__(), t.real, t.imag, t.conjugate(), complex(t)]


same(tower, numbers, ours)
same(builtins, numbers, ours)
for name in NAMES:
    same(abstract, numbers, ours, name)
same(mixins, numbers, ours)
finish('numbers')
