# __new__ of classes made per run of their statement: cls is the run's class
# object, super().__new__(cls) makes an instance of that run.


def make(prefix):
    class Tag:
        count = 0

        def __new__(cls, name):
            self = super().__new__(cls)
            cls.count += 1
            self.made_by = prefix
            return self

        def __init__(self, name):
            self.name = prefix + name

        def __repr__(self):
            return f"Tag({self.name!r})"

    return Tag


T = make("x-")
U = make("y-")
t1, u1, t2 = T("a"), U("b"), T("c")
print(t1, u1, t2, T.count, U.count, type(t1) is T, type(u1) is U, isinstance(t1, U))
print(t1.made_by, u1.made_by)


def cached(limit):
    class Interned:
        _cache = {}

        def __new__(cls, key):
            if key in cls._cache:
                return cls._cache[key]
            obj = object.__new__(cls)
            obj.key = key
            if len(cls._cache) < limit:
                cls._cache[key] = obj
            return obj

    return Interned


I1 = cached(1)
I2 = cached(2)
print(I1("a") is I1("a"), I1("b") is I1("b"), I2("a") is I2("a"), I2("b") is I2("b"))
print(I1("a") is I2("a"), sorted(I2._cache), sorted(I1._cache))
