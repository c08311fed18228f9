# Meta.__call__ wrapping construction: counting instances, validating the
# arguments, and post-init hooks run after __init__.
class Counted(type):
    def __call__(cls, *args, **kwargs):
        obj = super().__call__(*args, **kwargs)
        cls.made = cls.made + 1
        obj.serial = cls.made
        return obj


class Point(metaclass=Counted):
    made = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y


class Checked(type):
    def __call__(cls, *args, **kwargs):
        if len(args) > cls.max_args:
            raise TypeError(cls.__name__ + " takes at most " + str(cls.max_args) + " arguments")
        instance = super().__call__(*args, **kwargs)
        instance.validate()
        return instance


class Range(metaclass=Checked):
    max_args = 2

    def __init__(self, lo, hi):
        self.lo = lo
        self.hi = hi

    def validate(self):
        if self.lo > self.hi:
            raise ValueError("empty range")


p = Point(1, 2)
q = Point(3, y=4)
print(p.serial, q.serial, Point.made, q.x, q.y)
r = Range(1, 5)
print(r.lo, r.hi)
try:
    Range(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    Range(5, 1)
except ValueError as e:
    print("ValueError:", e)
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
