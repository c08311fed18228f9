from typing import NamedTuple
from collections import namedtuple
import typing

class WordStat(NamedTuple):
    word: str
    count: int = 0
    tags: list = []

    def doubled(self):
        return self._replace(count=self.count * 2)

    def __str__(self):
        return f"<{self.word}:{self.count}>"

s = WordStat("a", 3)
print(s, repr(s), s.word, s[1], WordStat("b"), s.doubled(), len(s))
print(WordStat._fields, WordStat._field_defaults, WordStat._make(["z", 9, [1]]))
w, c, t = s
print(w, c, t, s == ("a", 3, []), hash(WordStat("q", 1, 2)) == hash(("q", 1, 2)))
print(WordStat("b").tags is WordStat("c").tags)

Emp = typing.NamedTuple("Emp", [("name", str), ("id", int)])
e = Emp("ann", 7)
print(e, e._asdict(), sorted([Emp("b", 2), Emp("a", 1)], key=lambda x: x.id))

Node = namedtuple("Node", "val left right", defaults=(None, None))
n = Node(1, Node(2))
print(n, n.left.val, n.right)

class Point(namedtuple("Point", "x y")):
    __slots__ = ()

    @property
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)

p = Point(3, 4)
print(p, p.norm, p + Point(1, 1), p._replace(x=0), isinstance(p, Point))
try:
    p.x = 5
except AttributeError as ex:
    print("AttributeError", ex)
