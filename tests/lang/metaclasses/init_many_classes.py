# A metaclass's __init__ on more classes than the analysis specialises
# one function for: each class keeps its own.
registry = {}


class Tagged(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        cls.tag = name.lower()
        registry[name] = cls


class A(metaclass=Tagged):
    pass


class B(A):
    pass


class C(A):
    pass


class D(B):
    pass


class E(C):
    pass


class F(E):
    pass


print(A.tag, D.tag, F.tag, sorted(registry))
print(registry["E"] is E, registry["F"]().tag, [k.tag for k in (A, B, C, D, E, F)])
