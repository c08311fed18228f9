# Property setters and deleters of classes made per run of their statement:
# each run's accessors see that run's variables.


def make(scale, log):
    class Scaled:
        def __init__(self):
            self._v = 0

        @property
        def v(self):
            return self._v * scale

        @v.setter
        def v(self, x):
            log.append(f"set {x} x{scale}")
            self._v = x + scale

        @v.deleter
        def v(self):
            log.append(f"del x{scale}")
            self._v = -1

        @property
        def read_only(self):
            return scale

    return Scaled


log = []
P1 = make(1, log)
P10 = make(10, log)
a = P1()
b = P10()
a.v = 5
b.v = 5
print(a.v, b.v)
del a.v
del b.v
print(a.v, b.v, log)
try:
    a.read_only = 3
except AttributeError as e:
    print("AttributeError:", e)
prop = P10.v
print(type(prop).__name__, prop.fget(b), prop.fset is not None, prop.fdel is not None)
prop.fset(b, 7)
print(b.v, P1.read_only.fset)
setattr(a, "v", 4)
print(getattr(a, "v"), a._v)


def counter(step):
    class Counter:
        def __init__(self):
            self._n = 0

        @property
        def n(self):
            return self._n

        @n.setter
        def n(self, value):
            if value < 0:
                raise ValueError(f"negative: {value}")
            self._n = value - value % step

    class Sub(Counter):
        def bump(self):
            self.n += step * 2 + 1
            return self.n

    return Sub


S3 = counter(3)
S5 = counter(5)
x, y = S3(), S5()
print(x.bump(), x.bump(), y.bump(), y.bump())
try:
    y.n = -1
except ValueError as e:
    print(e)
