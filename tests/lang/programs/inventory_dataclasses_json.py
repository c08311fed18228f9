import json
from dataclasses import dataclass, field, asdict
from enum import Enum
from collections import defaultdict, Counter
from typing import Optional


class Category(Enum):
    TOOL = "tool"
    FOOD = "food"
    TOY = "toy"


@dataclass(order=True)
class Item:
    name: str
    price: float
    qty: int = 0
    category: Category = Category.TOOL
    tags: list = field(default_factory=list)

    @property
    def value(self) -> float:
        return round(self.price * self.qty, 2)


class Inventory:
    def __init__(self) -> None:
        self._items: dict[str, Item] = {}
        self.log: list[str] = []

    def add(self, item: Item) -> None:
        if item.name in self._items:
            self._items[item.name].qty += item.qty
            self.log.append(f"restock {item.name} +{item.qty}")
        else:
            self._items[item.name] = item
            self.log.append(f"new {item.name}")

    def remove(self, name: str, qty: int) -> Optional[Item]:
        item = self._items.get(name)
        if item is None:
            raise KeyError(name)
        if item.qty < qty:
            raise ValueError(f"only {item.qty} of {name} left")
        item.qty -= qty
        return item

    def by_category(self) -> dict:
        groups = defaultdict(list)
        for item in sorted(self._items.values()):
            groups[item.category.value].append(item.name)
        return dict(groups)

    def total(self) -> float:
        return sum(i.value for i in self._items.values())

    def __len__(self) -> int:
        return len(self._items)

    def __iter__(self):
        return iter(self._items.values())


inv = Inventory()
raw = '''[
  {"name": "hammer", "price": 12.5, "qty": 3, "category": "tool", "tags": ["steel"]},
  {"name": "apple", "price": 0.4, "qty": 50, "category": "food"},
  {"name": "yo-yo", "price": 2.25, "qty": 7, "category": "toy", "tags": ["kids", "wood"]},
  {"name": "apple", "price": 0.4, "qty": 25, "category": "food"}
]'''
for rec in json.loads(raw):
    rec["category"] = Category(rec["category"])
    inv.add(Item(**rec))

print(len(inv), inv.by_category())
print(f"total value: {inv.total():.2f}")
for line in inv.log:
    print(" ", line)
try:
    inv.remove("hammer", 5)
except ValueError as e:
    print("error:", e)
try:
    inv.remove("saw", 1)
except KeyError as e:
    print("missing:", e)
print(inv.remove("apple", 10))
tags = Counter(t for item in inv for t in item.tags)
print(tags.most_common())
print(json.dumps([asdict(i) | {"category": i.category.name} for i in inv], indent=1, sort_keys=True)[:200])
print(max(inv, key=lambda i: i.value).name, min(inv).name)
