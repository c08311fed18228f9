import math
from functools import reduce


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError(f"{self.__class__.__name__}.area")

    def perimeter(self):
        raise NotImplementedError

    def describe(self):
        return f"{self.name}: area={self.area():.2f} perimeter={self.perimeter():.2f}"

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return f"<{self.__class__.__name__} {self.name}>"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, w, h, name="rect"):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side, "square")


class Triangle(Shape):
    def __init__(self, a, b, c):
        if a + b <= c or a + c <= b or b + c <= a:
            raise ValueError(f"invalid triangle {a}, {b}, {c}")
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        return math.sqrt(reduce(lambda acc, x: acc * (s - x), self.sides, s))


class Blob(Shape):
    pass


def main():
    shapes = [Circle(1), Rect(3, 4), Square(2.5), Triangle(3, 4, 5), Circle(0.5)]
    for s in shapes:
        print(s.describe())
    print(sorted(shapes))
    print(max(shapes), min(shapes))
    print("count:", Shape.count)
    total = sum(s.area() for s in shapes)
    print(f"total area {total:10.3f}|{total:<10.1f}|{total:^12.4e}|")
    by_type = {}
    for s in shapes:
        by_type.setdefault(type(s).__name__, []).append(s)
    for k, v in sorted(by_type.items()):
        print(k, len(v), [round(x.area(), 3) for x in v])
    print(isinstance(shapes[2], Rect), issubclass(Square, Shape), type(shapes[2]) is Rect)
    try:
        Triangle(1, 2, 10)
    except ValueError as e:
        print("error:", e)
    try:
        Blob("b").describe()
    except NotImplementedError as e:
        print("not implemented:", e)
    big = [s for s in shapes if s.area() > 5]
    print(big, len(big))
    print(", ".join(f"{s.name}={s.perimeter():.1f}" for s in shapes))


if __name__ == "__main__":
    main()
