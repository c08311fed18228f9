# Overridden dunders of dict and list subclasses run through the
# subclass; super() and the builtin's methods reach the storage.


class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = LowerDict()
d["Hello"] = 1
d["WORLD"] = 2
print(d, d["hello"], d["HELLO"], "World" in d, len(d))


class Counted(dict):
    def __init__(self, *args, **kwargs):
        dict.__init__(self, *args, **kwargs)
        self.reads = 0

    def __getitem__(self, key):
        self.reads += 1
        return dict.__getitem__(self, key)

    def __repr__(self):
        return "Counted(" + dict.__repr__(self) + ")"


c = Counted({"a": 1}, b=2)
print(c["a"] + c["b"], c.reads, c, len(c))


class Squares(list):
    def __init__(self, n):
        list.__init__(self, [i * i for i in range(n)])

    def append(self, value):
        super().append(value * value)

    def __len__(self):
        return super().__len__() * 10

    def __repr__(self):
        return "Squares" + super().__repr__()


q = Squares(3)
q.append(5)
print(q, len(q), q[-1], list(q))


class Box(list):
    def __init__(self, label):
        self.label = label

    def __str__(self):
        return self.label + ":" + ",".join(str(x) for x in self)


b = Box("nums")
b.append(1)
b.append(2)
print(b, repr(b), len(b), b.label)


class Tracked(Counted):
    def __setitem__(self, key, value):
        print("set", key)
        super().__setitem__(key, value)


t = Tracked(x=1)
t["y"] = 2
print(t, t["y"], t.reads, isinstance(t, dict), type(t).__name__)
