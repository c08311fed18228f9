# Descriptors keeping the values themselves: in a dict keyed by id(obj),
# with a default, and a read-only (data) one whose __set__ refuses.


class Stored:
    def __init__(self, default):
        self.default = default
        self.values = {}

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return self.values.get(id(obj), self.default)

    def __set__(self, obj, value):
        self.values[id(obj)] = value

    def __delete__(self, obj):
        del self.values[id(obj)]


class ReadOnly:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return self.value

    def __set__(self, obj, value):
        raise AttributeError("read-only attribute")


class Point:
    x = Stored(0)
    y = Stored(0)
    dims = ReadOnly(2)

    def __init__(self, x):
        self.x = x


a = Point(3)
b = Point(4)
b.y = 9
print(a.x, a.y, b.x, b.y, len(Point.x.values), len(Point.y.values))
del b.y
print(b.y, len(Point.y.values))
try:
    a.dims = 3
except AttributeError as e:
    print("AttributeError:", e)
print(a.dims)
try:
    del a.dims
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a.y
except KeyError:
    print("KeyError")
