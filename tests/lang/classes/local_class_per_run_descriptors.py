# Descriptors, vars(C), C.__mro__ and C.mro() of classes made per run of
# their statement.


def make(unit):
    class Field:
        def __init__(self, name):
            self.name = name

        def __get__(self, obj, objtype=None):
            if obj is None:
                return self
            return f"{getattr(obj, self.name)}{unit}"

        def __set__(self, obj, value):
            setattr(obj, self.name, value)

    class Measure:
        length = Field("_length")
        kind = unit

        def __init__(self, v):
            self.length = v

        def show(self):
            return f"{self.kind}:{self.length}"

    class Wide(Measure):
        pass

    return Measure, Wide


M, W = make("cm")
N, V = make("in")
m = M(3)
print(m.length, N(4).length, W(5).show(), V(6).show(), type(M.length).__name__, M.length.name)
print([c.__name__ for c in W.__mro__], W.__mro__[1] is M, W.__mro__[1] is N, V.mro()[1] is N)
print(sorted(k for k in vars(M) if not k.startswith("__")), vars(N)["kind"], M.__dict__["kind"])
print(W.__bases__[0] is M, V.__base__ is N)
