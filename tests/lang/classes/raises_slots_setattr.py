class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
for name in ['x', 'y']:
    setattr(p, name, getattr(p, name) * 10)
print(p.x, p.y)
setattr(p, 'z' * 1, 3)
