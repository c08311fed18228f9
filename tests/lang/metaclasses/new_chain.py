created = []


class Base(type):
    def __new__(mcls, name, bases, ns):
        created.append("Base:" + name)
        return type.__new__(mcls, name, bases, ns)


class Tracing(Base):
    def __new__(mcls, name, bases, namespace):
        namespace["traced"] = True
        cls = super().__new__(mcls, name, bases, namespace)
        created.append("Tracing:" + cls.__name__)
        return cls


class A(metaclass=Base):
    pass


class B(metaclass=Tracing):
    x = 1


class C(B):
    pass


class D(C):
    pass


class E(D, A):
    pass


class F(E):
    y = 2


print(created)
print(B.traced, F.traced, F.x, F.y, hasattr(A, "traced"))
print(type(F).__name__, type(A).__name__, isinstance(F, Base))
classes = [A, B, C, D, E, F]
print([k.__name__ for k in classes if getattr(k, "traced", False)])
