# An int subclass: arithmetic answers plain ints, its own __new__ keeps
# extra fields, an overridden __repr__ is what print() shows.


class Flags(int):
    def has(self, bit):
        return bool(self & bit)


f = Flags(6)
print(f, repr(f), f + 1, 1 + f, f * f, f - 10, f // 4, f % 4, f / 4, -f, abs(Flags(-3)), f ** 2, 2 ** f)
print(type(f + 1).__name__, type(f).__name__, isinstance(f, int), isinstance(f, Flags), issubclass(Flags, int))
print(f.has(2), f.has(1), f | 1, f & 2, f ^ 7, f << 1, f >> 1, ~f, f.bit_length(), divmod(f, 4))
print(f == 6, 6 == f, f != 7, f < 7, f >= 6, bool(Flags(0)), bool(f), int(f), float(f), hex(f), Flags())
print(f"{f}", f"{f:04d}", f"{f:x}", str(f), Flags("12"), Flags("ff", 16), Flags(3.9))
counts = {6: "six"}
print(sorted([Flags(3), 1, Flags(2)]))


class Money(int):
    def __new__(cls, cents, currency="USD"):
        obj = super().__new__(cls, cents)
        obj.currency = currency
        return obj

    def __repr__(self):
        return "Money(%d, %r)" % (int(self), self.currency)

    def __add__(self, other):
        return Money(int(self) + int(other), self.currency)


m = Money(150)
e = Money(99, currency="EUR")
print(m, e, [m, e], m.currency, m + 50, m + e, 50 + m, type(50 + m).__name__, m * 2)
print(str(m), f"{m}", f"{m:>6}", m > e, hash(m) == hash(150))


class Level(int):
    LEVELS = ["low", "mid", "high"]

    def __new__(cls, name):
        return int.__new__(cls, cls.LEVELS.index(name))

    def __init__(self, name):
        self.label = name.upper()

    def __str__(self):
        return self.label


lv = Level("high")
print(lv, repr(lv), lv.label, lv + 0, lv == 2, Level("low") < lv, type(lv).__name__)
