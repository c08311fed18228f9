class Base:
    def __init__(self, x):
        self.x = x

    def show(self):
        return type(self).__name__ + '(' + str(self.x) + ')'


class A(Base):
    def __init__(self, x):
        super().__init__(x)
        self.a = x * 10

    def from_a(self):
        return self.x + self.a


class B(Base):
    def __init__(self, x):
        super().__init__(x)
        self.b = x * 100

    def from_b(self):
        return self.x + self.b

    def set_b(self, v):
        self.b = v


class C(A, B):
    def __init__(self, x):
        super().__init__(x)
        self.c = -x

    def everything(self):
        return self.x + self.a + self.b + self.c


items = [A(1), B(2), C(3), C(4), A(5)]
for it in items:
    print(it.show(), isinstance(it, A), isinstance(it, B), isinstance(it, C))
bs = [B(7), C(8)]
for b in bs:
    b.set_b(b.from_b() + 1)
    print(b.from_b(), b.b, b.x)
As = [A(9), C(10)]
print([a.from_a() for a in As])
c = C(11)
print(c.everything(), c.from_a(), c.from_b(), c.show())
c.set_b(0)
print(c.everything(), [k.__name__ for k in C.__mro__])


def bee(v: B):
    v.x += 1
    return v.b + v.x


print(bee(B(1)), bee(C(1)), bee(c))
