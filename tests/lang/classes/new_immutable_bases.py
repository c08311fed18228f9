# Subclasses of int, str and tuple whose __new__ makes the value.


class Positive(int):
    def __new__(cls, v):
        return super().__new__(cls, abs(v))


class Upper(str):
    def __new__(cls, s):
        return str.__new__(cls, s.upper())


class Pair(tuple):
    def __new__(cls, a, b):
        return tuple.__new__(cls, (a, b))

    def first(self):
        return self[0]


p = Positive(-5)
print(p, p + 1, isinstance(p, int))
u = Upper("hi")
print(u, len(u), u.lower())
t = Pair(1, 2)
print(t, t.first(), len(t))
