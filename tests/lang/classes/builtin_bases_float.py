# A float subclass with a unit: arithmetic answers plain floats.


class Meters(float):
    def __new__(cls, value, label="m"):
        obj = super().__new__(cls, value)
        obj.label = label
        return obj

    def __repr__(self):
        return "%s%s" % (float.__repr__(self), self.label)

    def to_feet(self):
        return self * 3.28084


d = Meters(2.5)
print(d, repr(d), [d], d.label, d + 1, 1 + d, d * 2, d / 2, 10 / d, d // 1, d % 1, -d, abs(Meters(-1.5)), d ** 2)
print(type(d + 1).__name__, type(d).__name__, isinstance(d, float), isinstance(d, int))
print(d == 2.5, d < 3, d >= 2.5, int(d), float(d), bool(Meters(0)), d.is_integer(), Meters(4).is_integer(), d.hex())
print(f"{d}", f"{d:.3f}", f"{d:8.2f}|", str(d), "%.1f" % float(d), round(d.to_feet(), 3), d.as_integer_ratio(), Meters("1e3"))
print(sorted([Meters(3), 1.5, Meters(2)]), max(Meters(1), 0.5), sum([Meters(1), Meters(2)]), d.real, divmod(d, 1))


class Celsius(float):
    def __str__(self):
        return "%.1f C" % float(self)

    def fahrenheit(self):
        return self * 9 / 5 + 32


c = Celsius(21.5)
print(c, repr(c), str(c), f"{c}", c.fahrenheit(), {c: "room"}[c], hash(c) == hash(21.5), Celsius())
