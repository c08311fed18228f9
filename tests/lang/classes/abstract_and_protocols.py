from abc import ABC, abstractmethod
class Shape(ABC):
    @abstractmethod
    def area(self):
        ...
    def describe(self):
        return '%s with area %.2f' % (type(self).__name__, self.area())
class Rect(Shape):
    def __init__(self, w, h):
        self.w, self.h = w, h
    def area(self):
        return self.w * self.h
print(Rect(2, 3.5).describe())
try:
    Shape()
except TypeError as e:
    print('TypeError', e)
class Incomplete(Shape):
    pass
try:
    Incomplete()
except TypeError as e:
    print('TypeError', e)
