# A method called from __init__ reads a field __init__ stores only after
# the call: CPython's AttributeError, though every construction stores it.


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.length = self.norm()
        self.y = y

    def norm(self):
        return (self.x * self.x + self.y * self.y) ** 0.5


class Pair:
    def __init__(self, x, y):
        self.x = x
        self.y = y
        self.length = Vector.norm(self)


print(Pair(3.0, 4.0).length)
v = Vector(3.0, 4.0)
print(v.length)
