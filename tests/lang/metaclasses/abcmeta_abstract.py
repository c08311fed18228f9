# `metaclass=abc.ABCMeta` with abstract methods, and a metaclass deriving
# from ABCMeta.
import abc


class Shape(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def area(self):
        ...

    def describe(self):
        return type(self).__name__ + " of area " + str(self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side


class Loud(abc.ABCMeta):
    def shout(cls):
        return cls.__name__.upper() + "!"


class Animal(metaclass=Loud):
    @abc.abstractmethod
    def sound(self):
        ...


class Dog(Animal):
    def sound(self):
        return "woof"


print(Square(3).describe())
try:
    Shape()
except TypeError as e:
    print("TypeError:", e)
try:
    Animal()
except TypeError as e:
    print("TypeError:", e)
print(Dog().sound(), Dog.shout(), Animal.shout())
print(type(Shape) is abc.ABCMeta, type(Square).__name__, type(Dog).__name__)
print(isinstance(Dog, abc.ABCMeta), isinstance(Square, Loud))


class Circle:
    def area(self):
        return 3


Shape.register(Circle)
print(isinstance(Circle(), Shape), issubclass(Circle, Shape), issubclass(Circle, Square))
