# Subscripting a typing.Generic class gives a class to call: Box[int](5),
# with several generic classes and parameters, in functions and as values.
from dataclasses import dataclass
from typing import Generic, Optional, TypeVar

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, x: T) -> None:
        self.items.append(x)

    def pop(self) -> T:
        return self.items.pop()


@dataclass
class Pair(Generic[T, K]):
    a: T
    b: K


class Node(Generic[T]):
    def __init__(self, v: T, nxt: "Optional[Node[T]]" = None):
        self.v = v
        self.nxt = nxt


class Box(Generic[T]):
    def __init__(self, value: T) -> None:
        self.value = value

    def get(self) -> T:
        return self.value


def make():
    s = Stack[int]()
    s.push(1)
    s.push(2)
    return s


s = make()
print(s.pop(), s.items)
p = Pair[int, str](1, "x")
print(p, p.a, p.b)
n = Node[int](1, Node[int](2))
print(n.v, n.nxt.v)
b = Box[int](5)
print(b.get(), type(b).__name__)
print(Box[str]("hi").get())
factories = [Stack[int], Stack[str]]
for f in factories:
    print(type(f()).__name__)
