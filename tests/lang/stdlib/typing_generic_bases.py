# Subscripted generic bases: `Generic[T]`, `Protocol`, collections.abc's
# `Iterable[int]` stand for the class itself (typing's __mro_entries__).
from collections.abc import Iterator, Mapping
from typing import Generic, Optional, Protocol, TypeVar

K = TypeVar('K')
V = TypeVar('V')


class Stack(Generic[V]):
    def __init__(self) -> None:
        self.items: list[V] = []

    def push(self, item: V) -> None:
        self.items.append(item)

    def pop(self) -> Optional[V]:
        return self.items.pop() if self.items else None


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key = key
        self.value = value

    def __repr__(self):
        return f'Pair({self.key!r}, {self.value!r})'


class Greeter(Protocol):
    def greet(self) -> str: ...


class English:
    def greet(self) -> str:
        return 'hello'


class Countdown(Iterator[int]):
    def __init__(self, n):
        self.n = n

    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n


class Frozen(Mapping[str, int]):
    def __init__(self, **items):
        self._items = dict(items)

    def __getitem__(self, key):
        return self._items[key]

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


s: Stack[int] = Stack()
for i in range(4):
    s.push(i * i)
print(s.pop(), s.pop(), s.items, Stack().pop())
print(Pair('a', 1), Pair(2, [3]), isinstance(s, Generic), Stack.__mro__[1].__name__)
print(English().greet(), list(Countdown(3)), iter(Countdown(1)).__class__.__name__)
f = Frozen(a=1, b=2)
print(f['a'], f.get('z', 0), 'b' in f, sorted(f.items()), f == {'a': 1, 'b': 2}, len(f))
