# obj.method(*args, **kwargs) where obj is a value of unknown type (dyn):
# bound at run time, as CPython does.
import json


class Adder:
    def add(self, *args, scale=1):
        return sum(args) * scale


class Joiner:
    def add(self, *args, scale=1):
        return "-".join(str(a) for a in args) * scale


def forward(obj, *args, **kwargs):
    return obj.add(*args, **kwargs)


registry = json.loads('{"a": 0, "j": 1}')
objs = [Adder(), Joiner()]
for name in ["a", "j"]:
    target = objs[registry[name]] if registry[name] >= 0 else None
    print(forward(target, 1, 2, 3), forward(target, 4, scale=2))
d = json.loads('{"k": 5}')
keys = ("k",)
print(d.get(*keys), d.get(*("missing", 0)))
args = [3, 1, 2]
print(json.loads("[1, 2]").index(*args[2:]))
