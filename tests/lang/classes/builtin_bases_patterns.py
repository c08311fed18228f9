# The dict subclasses real programs write: attribute access, defaults
# through __missing__, nested configs.


class AttrDict(dict):
    __getattr__ = dict.__getitem__
    __setattr__ = dict.__setitem__


a = AttrDict(name="ingot", version=3)
a.debug = True
print(a.name, a.version, a.debug, a, len(a))


class Config(dict):
    def __getattr__(self, name):
        try:
            return self[name]
        except KeyError:
            raise AttributeError(name)

    def __setattr__(self, name, value):
        self[name] = value


cfg = Config(host="localhost")
cfg.port = 8080
print(cfg.host, cfg.port, cfg, len(cfg))


class Defaults(dict):
    def __missing__(self, key):
        value = len(key)
        self[key] = value
        return value


d = Defaults()
print(d["abc"], d["hello"], d, "abc" in d, d.get("zz"), len(d))


class Matrix(list):
    def __init__(self, rows):
        super().__init__([list(r) for r in rows])

    def transpose(self):
        return Matrix(zip(*self))

    def __repr__(self):
        return "\n".join(" ".join(str(v) for v in row) for row in self)


m = Matrix([[1, 2, 3], [4, 5, 6]])
print(m)
print(m.transpose())
print(len(m), m[1][2], isinstance(m, list), [sum(r) for r in m])
