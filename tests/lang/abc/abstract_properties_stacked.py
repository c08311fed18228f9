# Abstract properties, class and static methods: @property (or classmethod,
# staticmethod) stacked over @abstractmethod.
import abc
from abc import ABC, abstractmethod


class Shape(ABC):
    @property
    @abstractmethod
    def area(self):
        ...

    @classmethod
    @abstractmethod
    def kind(cls):
        ...

    @staticmethod
    @abc.abstractmethod
    def sides():
        ...

    def describe(self):
        return "%s with %d sides, area %s" % (self.kind(), self.sides(), self.area)


class Square(Shape):
    def __init__(self, side):
        self.side = side

    @property
    def area(self):
        return self.side * self.side

    @classmethod
    def kind(cls):
        return cls.__name__.lower()

    @staticmethod
    def sides():
        return 4


class Half(Shape):
    @property
    def area(self):
        return 0.5


for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError", e)
sq = Square(3)
print(sq.area, Square.kind(), Square.sides(), sq.describe())
print(Square(5).area)
