# collections.abc: the ABCs as bases with their mixin methods, isinstance()
# of built-in values and of classes that define the one method a one-trick
# ABC asks for, and abc.ABC.register.
import collections.abc
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator, Mapping, MutableMapping, MutableSequence, Sequence, Sized, Callable


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if i < 0 or i >= self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


s = Squares(5)
print(list(s), 9 in s, 10 in s, s.index(16), s.count(4), list(reversed(s)), len(s))


class Registry(MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key.lower()]

    def __setitem__(self, key, value):
        self._data[key.lower()] = value

    def __delitem__(self, key):
        del self._data[key.lower()]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)


r = Registry()
r['Alpha'] = 1
r.update({'BETA': 2}, gamma=3)
print(r['ALPHA'], r.get('delta', 0), 'beta' in r, sorted(r.keys()), r.setdefault('x', 9), len(r))
print(r.pop('x'), r.pop('missing', 'none'), dict(r.items()), r == {'alpha': 1, 'beta': 2, 'gamma': 3})


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration
        self.n -= 1
        return self.n


def gen():
    yield 1


def flatten(items):
    for item in items:
        if isinstance(item, Iterable) and not isinstance(item, str):
            yield from flatten(item)
        else:
            yield item


print(list(flatten([1, [2, (3, 4)], 'ab', {5: 'x'}, range(6, 8), [[[9]]]])), list(Countdown(3)))


for value in [[1], (1,), 'ab', {'a': 1}, {1}, frozenset(), range(3), b'x', 3, 2.5, None, Countdown(2), gen(), len, s]:
    print(type(value).__name__, isinstance(value, Iterable), isinstance(value, Sequence),
          isinstance(value, Mapping), isinstance(value, Sized), isinstance(value, Iterator),
          isinstance(value, collections.abc.MutableSequence), isinstance(value, Callable))
print(issubclass(list, Sequence), issubclass(dict, Iterable), issubclass(int, Iterable), issubclass(Squares, Iterable))


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass


class Square:
    def area(self):
        return 4


print(isinstance(Square(), Shape))
Shape.register(Square)
print(isinstance(Square(), Shape), issubclass(Square, Shape), Shape.register(Square) is Square)
try:
    MutableSequence.register(3)
except TypeError as e:
    print('TypeError:', e)


class Half(Sequence):
    def __len__(self):
        return 0


try:
    Half()
except TypeError as e:
    print('TypeError:', e)
