"""src/stdlib/operator.py against CPython's operator."""
import operator

from differential import finish, load, same

ours = load('operator')
BINARY = ['lt', 'le', 'eq', 'ne', 'ge', 'gt', 'is_', 'is_not', 'add', 'and_', 'floordiv', 'lshift', 'mod', 'mul',
          'or_', 'pow', 'rshift', 'sub', 'truediv', 'xor', 'concat', 'contains', 'countOf', 'indexOf', 'getitem',
          'iadd', 'iand', 'iconcat', 'ifloordiv', 'ilshift', 'imod', 'imul', 'ior', 'ipow', 'irshift', 'isub',
          'itruediv', 'ixor']
UNARY = ['not_', 'truth', 'abs', 'index', 'inv', 'invert', 'neg', 'pos', 'length_hint']
VALUES = [0, 3, -2, 2.5, -0.0, True, 'ab', [1, 2], (3,), {1: 2}, None]


def binary(m, name, a, b):
    return getattr(m, name)(a, b)


def unary(m, name, a):
    return repr(getattr(m, name)(a))


def getters(m):
    rows = [(1, 'b', 3.5), (0, 'a', -1.0)]
    return (m.itemgetter(1)('abc'), m.itemgetter(0, 2)('abc'), sorted(rows, key=m.itemgetter(1)),
            m.attrgetter('real')(3), m.attrgetter('real', 'imag')(2.5), m.attrgetter('real.imag')(4),
            m.methodcaller('split', ',', maxsplit=1)('a,b,c'), m.methodcaller('upper')('x'),
            repr(m.itemgetter(1, 'a')), repr(m.attrgetter('x', 'y.z')), repr(m.methodcaller('f', 1, k=2)))


def mutators(m):
    d = {1: 2}
    m.setitem(d, 3, 4)
    m.delitem(d, 1)
    xs = [1]
    ys = m.iadd(xs, [2])
    return d, xs, ys is xs


for name in BINARY:
    for a in VALUES:
        for b in VALUES:
            same(binary, operator, ours, name, a, b)
for name in UNARY:
    for a in VALUES:
        same(unary, operator, ours, name, a)
same(getters, operator, ours)
same(mutators, operator, ours)
same(lambda m: m.attrgetter(1), operator, ours)
same(lambda m: m.attrgetter('nope')(1), operator, ours)
same(lambda m: m.delitem({}, 1), operator, ours)
finish('operator')
