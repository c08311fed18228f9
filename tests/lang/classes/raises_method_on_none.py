# A method called on the None of `None | C`: CPython's AttributeError.


class Point:
    def __init__(self, x):
        self.x = x

    def norm(self):
        return abs(self.x)


points = [None] * 4
for i in range(3):
    points[i] = Point(i - 1)
for p in points:
    print(p.norm())
