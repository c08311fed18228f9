class ReprMixin:
    def describe(self):
        return type(self).__name__ + '<' + self.label() + '>'


class CompareMixin:
    def same(self, other):
        return self.key() == other.key()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def key(self):
        return (self.x, self.y)

    def label(self):
        return str(self.x) + ',' + str(self.y)


class NamedPoint(Point, ReprMixin, CompareMixin):
    def __init__(self, name, x, y):
        super().__init__(x, y)
        self.name = name

    def label(self):
        return self.name + ':' + super().label()


class Tag(ReprMixin):
    def __init__(self, t):
        self.t = t

    def label(self):
        return self.t


a = NamedPoint('a', 1, 2)
b = NamedPoint('b', 1, 2)
c = NamedPoint('c', 3, 4)
print(a.describe(), a.same(b), a.same(c), Tag('t').describe())
things = [a, Tag('x'), c, Tag('y')]
print([t.describe() for t in things])
total = 0
for i in range(2000):
    p = NamedPoint('p', i, i + 1)
    if p.same(a):
        total += 1
    total += p.x
print(total)
