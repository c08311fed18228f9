# More abstract methods than the analysis specialises one function for
# (abstractmethod is called on each; numbers.py through statistics adds
# more): each is still the method itself, called typed through the base.
from abc import ABC, abstractmethod
from statistics import mean


class Shape(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @abstractmethod
    def scale(self, k):
        ...

    @abstractmethod
    def describe(self, prefix):
        raise NotImplementedError

    def summary(self):
        return f"{self.describe('*')} area={self.area():.2f} perimeter={self.perimeter():.2f}"


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    def scale(self, k):
        return Rect(self.w * k, self.h * k)

    def describe(self, prefix):
        return f"{prefix}{self.name} {self.w}x{self.h}"


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2

    def perimeter(self):
        return 2 * 3.14159 * self.r

    def scale(self, k):
        return Circle(self.r * k)

    def describe(self, prefix):
        return prefix + "circle r=" + str(self.r)


shapes = [Rect(2, 3), Square(2), Circle(1.5)]
for s in shapes + [s.scale(2) for s in shapes]:
    print(s.summary())
print(round(mean(s.area() for s in shapes), 3))
try:
    Shape("x")
except TypeError as e:
    print("TypeError:", e)
