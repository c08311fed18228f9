from collections import ChainMap, Counter
import collections

defaults = {"color": "red", "user": "guest", "size": 1}
env = {"user": "admin"}
cli = {}
cm = ChainMap(cli, env, defaults)
print(cm["user"], cm["color"], cm.get("missing", "-"), len(cm), list(cm), sorted(cm.items()))
print("size" in cm, "nope" in cm, bool(ChainMap()), repr(cm))
cm["size"] = 3
print(cli, defaults["size"], cm["size"])
del cm["size"]
try:
    del cm["user"]
except KeyError as e:
    print("KeyError", e)
print(dict(cm), list(cm.keys()), list(cm.values()))
merged = cm | {"extra": 1}
print(type(merged).__name__, merged["extra"], "extra" in cm)
c2 = ChainMap(Counter("aab"), {"z": 0})
print(c2["a"], c2["z"], sorted(c2))
print(collections.ChainMap.fromkeys("ab", 0))
try:
    ChainMap()["x"]
except KeyError as e:
    print("KeyError", e)
