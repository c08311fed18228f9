class Shape:
    def area(self):
        raise NotImplementedError

class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r

class Dot(Shape):
    def area(self):
        return 0

class Line(Shape):
    def area(self):
        return 0.0

# Five classes overflow a union: they join into their common base, Shape+
# ("a Shape or a subclass"), and calls on it dispatch to every override.
shapes = [Square(2), Rect(1, 2), Circle(1.0), Dot(), Line()]
total = 0.0
for shape in shapes:
    total += shape.area()
print(total)
