"""src/stdlib/reprlib.py against CPython's reprlib: every container kind
at each size around its limit, nesting against maxlevel, long strings,
ints and other objects, changed limits and fillvalue, a subclass with a
repr_TYPE method of its own, and recursive_repr."""
import array
import collections
import reprlib

from differential import finish, load, same

ours = load('reprlib')


class Point:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return 'Point(%r)' % (self.x,)


class Broken:
    def __repr__(self):
        raise ValueError('no')


class MyList(list):
    pass


VALUES = [None, True, 3.25, 10 ** 50, -10 ** 39, 10 ** 39, 'short', 'x' * 29, 'y' * 30, 'z' * 31, 'é\n' * 40,
          "'" * 50, b'b' * 50, Point('p' * 40), Point(1), MyList(range(10)), (), (1,), ('a', 'b'),
          tuple(range(6)), tuple(range(7)), [], [1], list(range(6)), list(range(7)), set(), {3, 1, 2},
          set(range(10)), {1, 'a', 2.5}, frozenset(), frozenset(range(7)), {}, {'a': 1}, {i: str(i) for i in range(5)},
          {'b': 1, 'a': 2, 3: 4}, collections.deque(range(10)), collections.deque(), array.array('i'),
          array.array('d', range(9)), [[[[[[[1]]]]]]], [[[[[[[[]]]]]]]], ({'k': [(1, {2})]},), [(), [], {}],
          range(100), 1.5e300, complex(1, 2), [Point('q' * 50)] * 8, {(1, 2): [3, 4]}]
for value in VALUES:
    same(lambda m, v: m.repr(v), reprlib, ours, value)
    for level in (0, 1, 2):
        same(lambda m, v, k: m.Repr().repr1(v, k), reprlib, ours, value, level)


def limits(m, value):
    r = m.Repr()
    r.maxlevel, r.maxtuple, r.maxlist, r.maxdict, r.maxset, r.maxstring, r.maxlong, r.maxother = 2, 2, 3, 1, 2, 8, 5, 6
    r.fillvalue = '<+>'
    return r.repr(value)


for value in VALUES:
    same(limits, reprlib, ours, value)
same(lambda m: m.Repr().repr_instance(Broken(), 1).split(' at ')[0], reprlib, ours)


def subclass(m):
    class Mine(m.Repr):
        def repr_Point(self, x, level):
            return 'P<' + self.repr1(x.x, level - 1) + '>'

        def repr_int(self, x, level):
            return 'int:' + str(x)

    return [Mine().repr(v) for v in ([Point(1), Point([2, 3])], {5: Point('s')}, 7, 2.5)]


same(subclass, reprlib, ours)


def recursive(m):
    class Node:
        def __init__(self, name):
            self.name = name
            self.children = []

        @m.recursive_repr()
        def __repr__(self):
            return 'Node(%s, %r)' % (self.name, self.children)

    class Tagged(list):
        @m.recursive_repr('<again>')
        def __repr__(self):
            """Doc."""
            return 'T' + list.__repr__(self)

    a, b = Node('a'), Node('b')
    a.children.append(b)
    b.children.append(a)
    t = Tagged([1])
    t.append(t)
    f = Tagged.__repr__
    return repr(a), repr(b), repr(t), f.__name__, f.__qualname__.split('.')[-1], f.__doc__


same(recursive, reprlib, ours)
same(lambda m: (m.__all__, vars(m.aRepr)), reprlib, ours)
finish('reprlib')
