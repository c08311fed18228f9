# reprlib: reprs cut to size, a Repr with its own limits, and recursive_repr.
import reprlib
from collections import deque


print(reprlib.repr(list(range(100))), reprlib.repr(tuple(range(3))), reprlib.repr((1,)))
print(reprlib.repr('x' * 100), reprlib.repr(10 ** 60), reprlib.repr({i: str(i) for i in range(10)}))
print(reprlib.repr({5, 3, 9, 1, 7, 2, 8}), reprlib.repr(frozenset({3, 1})), reprlib.repr(set()))
print(reprlib.repr([[[[[[[[1]]]]]]]]), reprlib.repr(deque(range(20))), reprlib.repr(3.5), reprlib.repr(None))

r = reprlib.Repr()
r.maxlist = 2
r.maxstring = 10
r.maxlevel = 2
r.fillvalue = '~'
print(r.repr([1, 2, 3, 4]), r.repr('abcdefghijklmnop'), r.repr([[['deep']]]), r.repr({'k': [1, 2, 3]}))


class Tree:
    def __init__(self, name):
        self.name = name
        self.kids = []

    @reprlib.recursive_repr()
    def __repr__(self):
        return 'Tree(%s, %r)' % (self.name, self.kids)


class Ring(list):
    @reprlib.recursive_repr('<cycle>')
    def __repr__(self):
        return 'Ring' + list.__repr__(self)


a = Tree('a')
b = Tree('b')
a.kids.append(b)
b.kids.append(a)
print(repr(a), repr(b))
ring = Ring([1, 2])
ring.append(ring)
print(repr(ring), Ring.__repr__.__name__)
