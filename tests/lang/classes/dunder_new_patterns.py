# A class's own __new__: the singleton pattern, and __new__ making the
# instance (super().__new__(cls)) that __init__ then initialises.
class Config:
    _instance = None

    def __new__(cls):
        if cls._instance is None:
            print("creating")
            cls._instance = super().__new__(cls)
        return cls._instance

    def __init__(self):
        print("init")


a = Config()
b = Config()
print(a is b, type(a).__name__)


class Point:
    created = 0

    def __new__(cls, x, y):
        print("new", x, y)
        obj = super().__new__(cls)
        obj.tag = "made"
        cls.created += 1
        return obj

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(%r, %r, %s)" % (self.x, self.y, self.tag)


p = Point(1, 2)
q = Point(y=5, x=3)
print(p, q, Point.created, isinstance(p, Point))


class Labeled(Point):
    pass


l = Labeled(7, 8)
print(l, type(l).__name__, Point.created, Labeled.created)


class Counted:
    count = 0

    def __new__(cls, *args, **kwargs):
        cls.count += 1
        return super().__new__(cls)

    def __init__(self, name, loud=False):
        self.name = name
        self.loud = loud


items = [Counted("a"), Counted("b", loud=True)]
print(Counted.count, [(c.name, c.loud) for c in items])


class Strict:
    def __new__(cls, value):
        return super().__new__(cls, value)


try:
    Strict(1)
except TypeError as e:
    print("TypeError", e)
