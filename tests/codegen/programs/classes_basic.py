class Shape:
    sides = 0
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0.0

    def describe(self):
        return self.name + " with " + str(self.sides) + " sides, area " + str(self.area())

    def __repr__(self):
        return "Shape(" + self.name + ")"


class Rect(Shape):
    sides = 4

    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return float(self.w * self.h)


class Square(Rect):
    def __init__(self, s):
        super().__init__(s, s)
        self.name = "square"

    def __str__(self):
        return "Square of side " + str(self.w)


class Tri(Shape):
    sides = 3

    def area(self):
        return 1.5


def total(shapes):
    t = 0.0
    for s in shapes:
        t = t + s.area()
    return t


shapes = [Shape("blob"), Rect(2, 3), Square(4), Tri("tri"), Rect(1, 1)]
for s in shapes:
    print(s.describe())
print(total(shapes), Shape.count, Rect.sides, shapes[2].sides)
print(shapes[2], repr(shapes[2]), shapes[1])
print(shapes[0], str(shapes[3]))
sq = Square(3)
print(sq.area(), sq.w, sq.name, isinstance(sq, Rect), isinstance(sq, Tri), issubclass(Square, Shape))
print(type(sq).__name__, Square.__name__)


class Counter:
    def __init__(self):
        self.n = 0

    def tick(self, by=1):
        self.n += by
        return self


c = Counter()
c.tick().tick(5).tick(by=10)
print(c.n)
