# error: 10:1: a named tuple class whose named tuple base is not its first
from collections import namedtuple


class Named:
    def describe(self):
        return "named"


class Point(Named, namedtuple("Point", "x y")):
    pass


print(Point(1, 2).describe())
