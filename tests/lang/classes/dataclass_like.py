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
print(a, a == b, a.total(), Item('x', 2.0).tags)
@dataclass(frozen=True, order=True)
class P:
    x: int
    y: int
print(sorted([P(2, 1), P(1, 5), P(1, 2)]), hash(P(1, 2)) == hash(P(1, 2)))
try:
    P(1, 2).x = 5
except Exception as e:
    print(type(e).__name__, e)
