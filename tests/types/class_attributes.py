class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y

p = Point(3, 4)
q = Point(1.5, 2.5)
n = p.norm2()
m = q.norm2()
print(n, m, p.x, q.y)
