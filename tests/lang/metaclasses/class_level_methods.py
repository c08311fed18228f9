# Methods, properties and plain attributes of a metaclass are read through
# the class (bound to it), never through its instances.
class Meta(type):
    counter = 10

    def create(cls, *args):
        obj = cls(*args)
        obj.made_by = cls.__name__
        return obj

    def bump(cls, by=1):
        cls.count = cls.count + by
        return cls.count

    @property
    def label(cls):
        return "<" + cls.__name__ + ">"


class Point(metaclass=Meta):
    count = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = Point.create(3, -4)
print(p.x, p.y, p.norm1(), p.made_by)
print(Point.bump(), Point.bump(5), Point.count)
print(Point.label, Point.counter)
print(hasattr(p, "label"), hasattr(p, "create"))
try:
    p.bump()
except AttributeError as e:
    print("AttributeError:", e)
