class Base:
    def __init__(self, v):
        self.v = v

    def kind(self):
        return "base"

    def describe(self, prefix):
        return str(prefix) + self.kind()

class Sub(Base):
    def kind(self):
        return "sub"

b = Base(1)
s = Sub(2)
# Five argument tuples for describe: the fifth shares the specialisation on
# dyn arguments, whose self is Base+ and so sees Sub's override of kind().
print(b.describe("a"), s.describe("b"), b.describe(1), s.describe(1.5))
print(b.describe(None))
