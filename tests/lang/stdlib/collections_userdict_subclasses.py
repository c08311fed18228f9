# UserDict subclasses as programs write them: a case-insensitive header
# map, a dict with defaults through __missing__, and a validating config.
from collections import UserDict
from collections.abc import MutableMapping


class Headers(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return key.lower() in self.data


class Defaults(UserDict):
    def __missing__(self, key):
        return "<" + key + ">"


class Config(UserDict):
    allowed = ("host", "port", "debug")

    def __init__(self, *args, **kwargs):
        self.changes = []
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        if key not in self.allowed:
            raise KeyError("unknown setting " + key)
        self.changes.append(key)
        self.data[key] = value


h = Headers({"Content-Type": "text/html"}, Server="ingot")
h["X-Count"] = 3
print(h, len(h), "content-type" in h, "CONTENT-TYPE" in h, h["SERVER"])
h.update([("Accept", "*/*")], Host="example.org")
print(sorted(h), h.get("ACCEPT"), h.get("missing", "none"))
print(h.pop("x-count"), h.setdefault("Via", "proxy"), h.setdefault("via", "other"))
print(list(h.items()), list(h.values()))
copied = h.copy()
copied["Extra"] = 1
print(type(copied).__name__, len(copied), len(h), copied == h, h == dict(h))
print(isinstance(h, MutableMapping), isinstance(h, UserDict), isinstance(h, dict))

d = Defaults(name="ingot")
print(d["name"], d["version"], d.get("version"), "version" in d, len(d))

c = Config(host="localhost")
c["port"] = 8080
c.update({"debug": True})
print(c, c.changes)
try:
    c["colour"] = "red"
except KeyError as e:
    print("KeyError", e)
try:
    del c["colour"]
except KeyError as e:
    print("KeyError", e)
print(c.popitem(), c, c.changes)
merged = c | {"port": 9090}
print(type(merged).__name__, merged, merged.changes)
c |= {"debug": False}
print(c, c.changes)
print(Config.fromkeys(["host", "port"], "?"))
plain = UserDict([("a", 1), ("b", 2)])
print(plain, {"z": 26} | plain, plain | UserDict(c=3), repr(plain.copy()), plain.data is plain.copy().data)
plain.clear()
print(plain, bool(plain), len(plain))
