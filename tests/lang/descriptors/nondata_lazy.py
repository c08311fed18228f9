# A non-data descriptor (only __get__) loses to an instance attribute of
# the same name: a lazy value computed once and cached on the instance.


class lazy:
    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, obj, cls):
        if obj is None:
            return self
        value = self.func(obj)
        setattr(obj, self.name, value)
        return value


class Circle:
    def __init__(self, r):
        self.r = r
        self.calls = 0

    @lazy
    def area(self):
        self.calls += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.calls)
print(c.area, c.calls)
print(c.area, c.calls)
c.area = 100
print(c.area, c.calls)
del c.area
print(c.area, c.calls)
d = Circle(5)
print(d.area, d.calls, c.area)
print(type(Circle.area).__name__, Circle.area.name)


class Constant:
    def __init__(self, value):
        self.value = value

    def __get__(self, obj, objtype=None):
        return self.value


class Settings:
    retries = Constant(3)

    def __init__(self, override):
        if override:
            self.retries = 7


print(Settings(False).retries, Settings(True).retries, Settings.retries)
