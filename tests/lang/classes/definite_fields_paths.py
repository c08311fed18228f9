# Fields every __init__ path stores before anything can see the instance
# need no "is set" flag; every other way in must still raise CPython's
# AttributeError for a field not stored yet. No del anywhere here: a
# deletion would keep every flag of its name.


def show(obj, *names):
    out = []
    for name in names:
        try:
            out.append(f"{name}={getattr(obj, name)!r}")
        except AttributeError as e:
            out.append(f"{name}: {e}")
    print(type(obj).__name__, ", ".join(out))


class Always:
    def __init__(self, a):
        self.x = a
        self.y = self.x * 2  # a read of a field already stored


class Conditional:
    def __init__(self, flag):
        self.x = 1
        if flag:
            self.y = 2
        else:
            self.z = 3


class EarlyReturn:
    def __init__(self, n):
        self.x = n
        if n < 0:
            return
        self.y = n + 1


class Loop:
    def __init__(self, n):
        for i in range(n):
            self.x = i
        while n > 10:
            self.y = n
            n -= 1


class Observed:
    # A method called before y is stored sees it missing.
    def __init__(self):
        self.x = 1
        self.peek()
        self.y = 2

    def peek(self):
        print("peek:", hasattr(self, "x"), hasattr(self, "y"))


registry = []


class Escapes:
    # Passed to a function before y is stored.
    def __init__(self):
        registry.append(self)
        check(self)
        self.y = 5


def check(obj):
    try:
        print("check:", obj.y)
    except AttributeError as e:
        print("check:", e)


class Captured:
    # A lambda holding self runs before y is stored.
    def __init__(self):
        get = lambda: self.y
        try:
            get()
        except AttributeError as e:
            print("lambda:", e)
        self.y = 7


class Swallowed:
    # An exception between the stores is caught inside __init__.
    def __init__(self, fail):
        self.x = 0
        try:
            if fail:
                raise ValueError("no")
            self.y = 1
        except ValueError:
            pass
        self.z = 2


class Finally:
    def __init__(self):
        try:
            self.x = 1
        finally:
            self.y = 2


class Quiet:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return True


class WithSwallows:
    # __exit__ swallows the exception raised before y is stored.
    def __init__(self):
        with Quiet():
            self.x = 1
            raise KeyError("k")
            self.y = 2


class Base:
    def __init__(self, v):
        self.v = v
        self.setup()

    def setup(self):
        pass


class Derived(Base):
    # Base.__init__ calls setup() before Derived stores w: setup sees it missing.
    def __init__(self):
        super().__init__(1)
        self.w = 2

    def setup(self):
        print("setup:", hasattr(self, "v"), hasattr(self, "w"))


class Plain:
    def __init__(self):
        self.p = 1


class Chained(Plain):
    def __init__(self):
        super().__init__()
        self.q = self.p + 1


class Skips(Plain):
    # Never runs Plain.__init__: p is never stored.
    def __init__(self):
        self.q = 3


class Prop:
    # The store of a property runs its setter, which reads another field.
    def __init__(self):
        self.x = 1
        self.y = 2

    @property
    def x(self):
        return self._x

    @x.setter
    def x(self, v):
        print("setter sees y:", hasattr(self, "y"))
        self._x = v


class Hooked:
    def __setattr__(self, name, value):
        print("setattr", name, hasattr(self, "a"))
        object.__setattr__(self, name, value)

    def __init__(self):
        self.a = 1
        self.b = 2


show(Always(3), "x", "y")
show(Conditional(True), "x", "y", "z")
show(Conditional(False), "x", "y", "z")
show(EarlyReturn(-1), "x", "y")
show(EarlyReturn(4), "x", "y")
show(Loop(0), "x", "y")
show(Loop(12), "x", "y")
show(Observed(), "x", "y")
show(Escapes(), "y")
show(Captured(), "y")
show(Swallowed(True), "x", "y", "z")
show(Swallowed(False), "x", "y", "z")
show(Finally(), "x", "y")
show(WithSwallows(), "x", "y")
show(Derived(), "v", "w")
show(Chained(), "p", "q")
show(Skips(), "p", "q")
prop = Prop()
print("Prop", prop.x, prop.y)
show(Hooked(), "a", "b")
print(sorted(vars(Conditional(False))), sorted(vars(Swallowed(True))), sorted(vars(Always(1))))
items = [Always(i) for i in range(5)]
print(sum(a.x + a.y for a in items), hasattr(items[0], "x"), getattr(items[1], "y", None))
