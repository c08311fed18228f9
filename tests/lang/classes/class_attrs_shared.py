class Registry:
    items = []
    total = 0
    def add(self, x):
        self.items.append(x)
        self.total += x
r1, r2 = Registry(), Registry()
r1.add(5)
r2.add(7)
print(Registry.items, r1.total, r2.total, Registry.total)
class Counter:
    instances = 0
    def __init__(self):
        Counter.instances += 1
        self.id = Counter.instances
cs = [Counter() for _ in range(4)]
print([c.id for c in cs], Counter.instances)
class Shape:
    sides = 0
    def describe(self):
        return '%s with %d sides' % (type(self).__name__, self.sides)
class Tri(Shape):
    sides = 3
class Sq(Shape):
    sides = 4
print([s.describe() for s in (Shape(), Tri(), Sq())])
