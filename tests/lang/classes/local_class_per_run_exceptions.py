# Exception classes defined in a function that reads the function's
# variables: one class object per run, told apart by except clauses,
# isinstance and type(); their methods see their own run's variables.


def make(msg):
    class E(Exception):
        def __str__(self):
            return msg

    return E


A = make("alpha")
B = make("beta")
try:
    raise A()
except B:
    print("wrong: B caught an A")
except A as e:
    print("A:", e, type(e).__name__, type(e) is A, isinstance(e, B), isinstance(e, Exception))

try:
    raise B
except (A, KeyError):
    print("wrong")
except (B, ValueError) as e:
    print("B:", str(e), repr(e), type(e).__qualname__)

for cls in (A, B, make("gamma")):
    try:
        raise cls("ignored args")
    except Exception as e:
        print(e, e.args, type(e) is cls)


def fail(code):
    class Failure(ValueError):
        kind = f"kind{code}"

        def __init__(self, detail):
            super().__init__(detail)
            self.code = code

        def describe(self):
            return f"{self.kind}: {self.args[0]} ({code})"

    raise Failure(f"detail {code}")


for c in (1, 2):
    try:
        fail(c)
    except ValueError as e:
        print(type(e).__name__, e, e.code, e.args, e.kind, e.describe())


def hierarchy(prefix):
    class Base(Exception):
        def label(self):
            return prefix + "-" + type(self).__name__

    class Child(Base):
        pass

    return Base, Child


Base1, Child1 = hierarchy("one")
Base2, Child2 = hierarchy("two")
for raised in (Child1, Base2, Child2):
    try:
        raise raised("x")
    except Base1 as e:
        print("Base1", e.label())
    except Base2 as e:
        print("Base2", e.label(), isinstance(e, Child2), issubclass(type(e), Base2))


def checker(limit):
    class TooBig(Exception):
        def __str__(self):
            return f"{self.args[0]} > {limit}"

    def check(n):
        if n > limit:
            raise TooBig(n, limit)
        return n

    return check, TooBig


check5, TooBig5 = checker(5)
check9, TooBig9 = checker(9)
for f, n in ((check5, 3), (check5, 7), (check9, 7), (check9, 12)):
    try:
        print("ok", f(n))
    except (TooBig5, TooBig9) as e:
        print("too big", e.args, type(e) is TooBig5, type(e) is TooBig9)
try:
    check9(10)
except TooBig5:
    print("wrong")
except TooBig9 as e:
    print("caught by its own run", e)
