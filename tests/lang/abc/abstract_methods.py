from abc import ABC, abstractmethod


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def name(self):
        ...

    def describe(self):
        return '%s: %.1f' % (self.name(), self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return 'square'


class Half(Shape):
    def area(self):
        return 0.5


print(Square(3).describe(), isinstance(Square(1), Shape), [c.__name__ for c in Square.__mro__])
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
try:
    Half()
except TypeError as e:
    print('TypeError', e)
