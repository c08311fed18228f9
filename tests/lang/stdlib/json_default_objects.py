# json.dumps of the program's objects through default= (o.__dict__,
# dataclasses.asdict), and the TypeError without it.
import json
from dataclasses import asdict, dataclass, field


class Item:
    def __init__(self, name, qty):
        self.name = name
        self.qty = qty
        self.tags = ["new"]


@dataclass
class Order:
    id: int
    items: list = field(default_factory=list)


print(json.dumps(Item("pen", 3), default=lambda o: o.__dict__))
print(json.dumps({"items": [Item("a", 1), Item("b", 2)]}, default=lambda o: o.__dict__, indent=2))
print(json.dumps([Order(1, ["x"]), Order(2)], default=asdict, sort_keys=True))
print(json.dumps(asdict(Order(3, [1, 2]))))
try:
    json.dumps({"bad": Item("c", 0)})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"a": 1.5, "b": [True, None], "c": "é"}, ensure_ascii=False))
