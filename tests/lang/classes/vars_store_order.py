# vars(obj) and obj.__dict__ list attributes in the order of their first
# store: a base's __init__ before the subclass's, then names set later.
class Base:
    def __init__(self):
        self.zeta = 1
        if self.zeta:
            self.alpha = 2
        self.mid = [self.zeta]

class Child(Base):
    def __init__(self, tag):
        super().__init__()
        self.tag = tag
        self.beta = tag * 2

    def grow(self):
        self.extra = 'late'

class Pair:
    def __init__(self, a):
        self.b, self.a = a, a + 1

c = Child('t')
print(vars(c))
c.grow()
print(c.__dict__, list(vars(Base())))
print(vars(Pair(1)))
