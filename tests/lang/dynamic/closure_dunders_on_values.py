# Dunders that are class attributes bound to closures (the way
# fractions.Fraction builds its operators with _operator_fallbacks), run
# on operands held as dynamic values, and properties read through them.
def _fallbacks(op, name):
    def forward(a, b):
        if isinstance(b, Vec):
            return Vec(op(a.x, b.x), op(a.y, b.y))
        if isinstance(b, int):
            return Vec(op(a.x, b), op(a.y, b))
        return NotImplemented

    def reverse(b, a):
        if isinstance(a, int):
            return Vec(op(a, b.x), op(a, b.y))
        return NotImplemented

    forward.__name__ = '__' + name + '__'
    reverse.__name__ = '__r' + name + '__'
    return forward, reverse


def _add(p, q):
    return p + q


def _sub(p, q):
    return p - q


class Vec:
    def __init__(self, x, y):
        self._x = x
        self._y = y

    @property
    def x(self):
        return self._x

    @property
    def y(self):
        return self._y

    @property
    def norm1(self):
        return abs(self._x) + abs(self._y)

    def __repr__(self):
        return 'Vec(%r, %r)' % (self._x, self._y)

    __add__, __radd__ = _fallbacks(_add, 'add')
    __sub__, __rsub__ = _fallbacks(_sub, 'sub')


class Named:
    def __init__(self, name):
        self._name = name

    @property
    def x(self):
        return 'Named ' + self._name


items = [Vec(1, 2), 10, 'label', Vec(-3, 5), Named('n'), None]
v, ten, label, w, named, nothing = items
print(v + w, v - w, v + ten, ten + v, ten - v, w - 1)
print(Vec.__add__.__name__, Vec.__rsub__.__name__)
print(v.x, v.y, w.norm1, named.x, (v + w).norm1)
for thing in [v, w, named]:
    print(thing.x)
for a, b in [(v, label), (label, v), (nothing, w), (v, 2.5)]:
    try:
        print(a + b)
    except TypeError as e:
        print('TypeError', e)
try:
    print(named.y)
except AttributeError as e:
    print('AttributeError', e)
