# Orderings and arithmetic of instances the analysis only sees as dyn (a list
# mixing many element types): the class's slot runs the dunder, its
# reflection, and NotImplemented hands over.
class Version:
    def __init__(self, major, minor):
        self.major, self.minor = major, minor
    def __lt__(self, other):
        if not isinstance(other, Version):
            return NotImplemented
        return (self.major, self.minor) < (other.major, other.minor)
    def __repr__(self):
        return 'V%d.%d' % (self.major, self.minor)

class OnlyGt:
    def __init__(self, n):
        self.n = n
    def __gt__(self, other):
        return self.n > (other.n if isinstance(other, OnlyGt) else other)
    def __add__(self, other):
        return OnlyGt(self.n + (other.n if isinstance(other, OnlyGt) else other))
    def __radd__(self, other):
        return OnlyGt(other + self.n)
    def __repr__(self):
        return 'G%d' % self.n

def smaller(a, b):
    return a < b

def total(items):
    acc = items[0]
    for x in items[1:]:
        acc = acc + x
    return acc

mixed = [Version(1, 2), Version(1, 10), 3, 'x', 2.5, None, OnlyGt(4), (1,)]
print(smaller(mixed[0], mixed[1]), smaller(mixed[1], mixed[0]))
print(smaller(mixed[2], mixed[6]), smaller(mixed[6], mixed[6]))
print(sorted([Version(2, 0), Version(1, 5), Version(1, 12)]))
print(total([OnlyGt(1), 2, OnlyGt(3)]), total([5, OnlyGt(1)]))
for a, b in [(mixed[0], mixed[2]), (mixed[3], mixed[0]), (mixed[5], mixed[6])]:
    try:
        print(smaller(a, b))
    except TypeError as e:
        print('TypeError', e)
