class Point:
    dims = 2
    def __init__(self, x, y=0):
        self.x = x
        self.y = y
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def moved(self, dx, dy):
        return Point(self.x + dx, self.y + dy)
p = Point(3, 4)
print(p.x, p.y, p.norm2(), p.moved(1, 1).x, Point.dims, p.dims, Point(1).y)
p.z = 'extra'
print(p.z, hasattr(p, 'z'), hasattr(Point(0), 'z'))
Point.dims = 3
print(p.dims, Point(0).dims)
p.dims = 10
print(p.dims, Point.dims)
print(type(p).__name__, Point.__name__, sorted(vars(p)))
m = p.norm2
print(m(), Point.norm2(p))
