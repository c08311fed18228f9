# A subclass of a local class, defined in the same function, and a method
# that names its own class: every run makes both classes anew, and the
# subclass's class object links to the same run's base.


def family(n):
    class Base:
        scale = n

        def value(self):
            return self.scale * n

        def copy(self):
            return Base()

        def kind(self):
            return "base"

    class Child(Base):
        def kind(self):
            return "child of " + str(n)

        def value(self):
            return super().value() + 1

    return Base, Child


B1, C1 = family(2)
B2, C2 = family(3)
c1, c2 = C1(), C2()
print(c1.value(), c2.value(), B1().value(), B2().value())
print(c1.kind(), c2.kind(), c1.copy().kind(), type(c2.copy()) is B2)
print(isinstance(c1, B1), isinstance(c1, B2), isinstance(c2, B2), issubclass(C1, B1), issubclass(C1, B2))
print(C1.scale, C2.scale, C1.__qualname__, C1.__bases__[0] is B1, C2.__bases__[0] is B2)
B1.scale = 100
print(c1.value(), c2.value(), C1.scale)


def node_type(label):
    class Node:
        def __init__(self, children=()):
            self.children = list(children)

        def leaf(self):
            return Node()

        def describe(self):
            return label + "(" + ",".join(c.describe() for c in self.children) + ")"

    return Node


N1 = node_type("a")
N2 = node_type("b")
t = N1([N1(), N1([N1()])])
u = N2([t.leaf(), N2()])
print(t.describe(), u.describe(), type(t.leaf()) is N1, type(u.leaf()) is N2)
