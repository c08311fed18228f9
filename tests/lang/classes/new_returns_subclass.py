# __new__ picking what C() makes: a subclass (a factory base) through
# object.__new__(cls), a cached instance through super().__new__(cls).


class Path:
    def __new__(cls, *parts):
        if cls is Path:
            cls = PosixPath
        return object.__new__(cls)

    def __init__(self, *parts):
        self.parts = list(parts)

    def kind(self):
        return "path"


class PosixPath(Path):
    def kind(self):
        return "posix"


class Single:
    _made = None

    def __new__(cls):
        if cls._made is None:
            cls._made = super().__new__(cls)
        return cls._made

    def __init__(self):
        self.count = getattr(self, "count", 0) + 1


p = Path("a", "b")
print(type(p).__name__, p.kind(), p.parts)
q = PosixPath("c")
print(type(q).__name__, q.kind(), q.parts)
a = Single()
b = Single()
print(a is b, b.count)
