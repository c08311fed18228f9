# A dict subclass is a dict to every builtin, with its own methods.


class Registry(dict):
    def register(self, name, value):
        self[name] = value
        return value

    def names(self):
        return sorted(self.keys())


r = Registry(alpha=1)
r.register("beta", 2)
r["gamma"] = 3
print(r)
print(len(r), "beta" in r, "zeta" in r, r["gamma"], r.get("zeta"), r.get("zeta", 0))
print(r.names(), list(r.values()), list(r.items()))
print(isinstance(r, dict), isinstance(r, Registry), type(r).__name__)
for key in r:
    print(key, r[key])
print(r == {"alpha": 1, "beta": 2, "gamma": 3}, r != {}, {"alpha": 1} == r)
print(r.pop("alpha"), r.setdefault("delta", 4), r.setdefault("beta", 0))
del r["delta"]
print(r, repr(r), str(r), f"{r}")
print(dict(r), sorted(r), len(list(r)))
r.update({"x": 10}, y=11)
print(r.copy(), type(r.copy()).__name__)
print(r | {"z": 0})
c = Registry.fromkeys(["a", "b"], 0)
print(c, type(c).__name__)
empty = Registry()
print(empty, bool(empty), bool(r), len(empty))


def total(mapping):
    return sum(mapping.values())


print(total(r), total({"q": 5}))
r.clear()
print(r, len(r))
