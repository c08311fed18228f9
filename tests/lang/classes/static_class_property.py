class Temp:
    count = 0
    def __init__(self, c):
        self._c = c
        Temp.count += 1
    @property
    def f(self):
        return self._c * 9 / 5 + 32
    @f.setter
    def f(self, value):
        self._c = (value - 32) * 5 / 9
    @property
    def c(self):
        return self._c
    @staticmethod
    def convert(c):
        return c + 273.15
    @classmethod
    def from_f(cls, f):
        t = cls(0)
        t.f = f
        return t
    @classmethod
    def made(cls):
        return cls.count
t = Temp(100)
print(t.f, t.c, Temp.convert(0), t.convert(10))
t.f = 32
print(t.c)
u = Temp.from_f(212)
print(u.c, type(u).__name__, Temp.made(), u.made())
try:
    t.c = 5
except AttributeError as e:
    print('AttributeError', e)
class Sub(Temp):
    pass
print(type(Sub.from_f(50)).__name__, Sub.made())
