# Sequence patterns match subclasses of tuple and list: a named tuple (a
# virtual tuple subclass here) and a list subclass are sequences, so the
# first sequence case takes them before a class pattern would.
from collections import namedtuple
from typing import NamedTuple


class Point(NamedTuple):
    x: int
    y: int = 0


Pair = namedtuple("Pair", "left right")


class Stack(list):
    def peek(self):
        return self[-1]


def describe(v):
    match v:
        case []:
            return "empty"
        case [x, y]:
            return f"two: {x}, {y}"
        case [first, *rest]:
            return f"first {first}, {len(rest)} more"
        case Point(x=0):
            return "point on the y axis"
        case _:
            return "other"


for subject in [Point(0, 5), Point(3), Pair("a", "b"), Stack([1, 2, 3]), Stack(), "ab", b"ab", 7]:
    print(describe(subject))
