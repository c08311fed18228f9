class Shape:
    def area(self):
        return 0.0

    def describe(self):
        return type(self).__name__ + " " + str(self.area())

class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side * self.side

class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

shapes = [Square(2), Circle(1.0)]
total = 0.0
for s in shapes:
    total += s.area()
print(total, [s.describe() for s in shapes])
