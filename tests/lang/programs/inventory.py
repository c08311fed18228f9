"""Simple inventory management system."""
from dataclasses import dataclass, field
from typing import List, Dict, Optional
from collections import defaultdict
import json


class InventoryError(Exception):
    pass


class OutOfStock(InventoryError):
    def __init__(self, item, requested, available):
        super().__init__(f"cannot take {requested} of {item}: only {available} left")
        self.item = item
        self.requested = requested
        self.available = available


@dataclass
class Item:
    sku: str
    name: str
    price: float
    quantity: int = 0
    tags: List[str] = field(default_factory=list)

    def total_value(self) -> float:
        return self.price * self.quantity

    def __str__(self):
        return f"{self.sku:<8}{self.name:<20}{self.price:>8.2f}{self.quantity:>6}"


class Inventory:
    def __init__(self):
        self.items: Dict[str, Item] = {}
        self.log: List[str] = []

    def add(self, item: Item) -> None:
        if item.sku in self.items:
            self.items[item.sku].quantity += item.quantity
            self.log.append(f"restock {item.sku} +{item.quantity}")
        else:
            self.items[item.sku] = item
            self.log.append(f"new {item.sku}")

    def remove(self, sku: str, qty: int) -> Item:
        item = self.items.get(sku)
        if item is None:
            raise KeyError(sku)
        if item.quantity < qty:
            raise OutOfStock(item.name, qty, item.quantity)
        item.quantity -= qty
        self.log.append(f"sold {sku} -{qty}")
        return item

    def find(self, tag: str) -> List[Item]:
        return [it for it in self.items.values() if tag in it.tags]

    def by_tag(self) -> Dict[str, List[str]]:
        groups = defaultdict(list)
        for it in self.items.values():
            for t in it.tags:
                groups[t].append(it.sku)
        return dict(groups)

    def total(self) -> float:
        return sum(it.total_value() for it in self.items.values())

    def cheapest(self) -> Optional[Item]:
        if not self.items:
            return None
        return min(self.items.values(), key=lambda i: i.price)

    def report(self):
        print(f"{'SKU':<8}{'Name':<20}{'Price':>8}{'Qty':>6}")
        print("-" * 42)
        for sku in sorted(self.items):
            print(self.items[sku])
        print("-" * 42)
        print(f"Total value: ${self.total():,.2f}")

    def to_json(self) -> str:
        data = {sku: {"name": it.name, "price": it.price, "qty": it.quantity, "tags": it.tags}
                for sku, it in self.items.items()}
        return json.dumps(data, indent=2, sort_keys=True)


def main():
    inv = Inventory()
    inv.add(Item("A100", "Widget", 2.50, 100, ["small", "metal"]))
    inv.add(Item("B200", "Gadget", 12.99, 15, ["electronic"]))
    inv.add(Item("C300", "Doohickey", 0.75, 1000, ["small", "plastic"]))
    inv.add(Item("D400", "Thingamajig", 149.00, 3, ["electronic", "large"]))
    inv.add(Item("A100", "Widget", 2.50, 50))
    inv.report()

    for sku, qty in [("A100", 30), ("D400", 5), ("Z999", 1), ("B200", 15)]:
        try:
            it = inv.remove(sku, qty)
            print(f"Sold {qty} x {it.name}, {it.quantity} left")
        except OutOfStock as e:
            print("Error:", e)
            print("  details:", e.item, e.requested, e.available)
        except KeyError as e:
            print("Unknown SKU:", e)

    print("Small items:", [i.name for i in inv.find("small")])
    print("Groups:", inv.by_tag())
    c = inv.cheapest()
    print("Cheapest:", c.name if c else None, repr(c))
    print(inv.to_json())
    print("Log:")
    for i, line in enumerate(inv.log, 1):
        print(f"  {i:2d}. {line}")
    empty = [it for it in inv.items.values() if it.quantity == 0]
    print("Empty:", empty)


if __name__ == "__main__":
    main()
