from dataclasses import dataclass, field


@dataclass
class Item:
    name: str
    price: float
    qty: int = 1
    tags: list = field(default_factory=list)

    def total(self):
        return self.price * self.qty


a = Item('pen', 1.5, 4)
b = Item('pen', 1.5, 4)
c = Item('cap', 2.0)
c.tags.append('red')
print(a, a == b, a != c, a.total(), c.tags, Item('x', 2.0).tags)
print(Item.qty, a == 3, Item(name='ink', price=0.5, tags=['blue']))


@dataclass
class Point:
    x: int
    y: int = 0
    label: str = field(default='p', repr=False)


@dataclass
class Point3(Point):
    z: int = 0


p = Point3(1, 2, 'q', 3)
print(p, p.label, Point(5), Point3(1) == Point3(1), Point(1) == Point3(1))
