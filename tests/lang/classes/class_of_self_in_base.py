# self.__class__ in a base class method reached through a call the
# analysis could not type: the class the instance has, not the base.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(f"{self.__class__.__name__}.area")

    def describe(self):
        return f"{self.name}: {self.area():.2f} ({type(self).__name__})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h


class Blob(Shape):
    pass


for s in [Circle(1), Rect(2, 3), Circle(0.5)]:
    print(s.describe(), s.__class__.__name__)
try:
    Blob("blob").describe()
except NotImplementedError as e:
    print("NotImplementedError:", e)
k = Blob("b").__class__
print(k.__name__, k is Blob)
