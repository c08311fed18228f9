# Per-run classes (a class in a function that reads its variables) through
# class methods, static methods, properties, getattr() by name, match
# class patterns, str.format and isinstance with a tuple.


def make_unit(name, factor):
    class Unit:
        label = name

        def __init__(self, amount):
            self.amount = amount

        @classmethod
        def one(cls):
            return cls(1)

        @staticmethod
        def describe():
            return f"unit {name} x{factor}"

        @property
        def base(self):
            return self.amount * factor

        def __repr__(self):
            return f"{self.amount}{name}"

    return Unit


Km = make_unit("km", 1000)
Mi = make_unit("mi", 1609)
print(Km.one(), Mi.one(), Km.one().base, Mi(2).base, type(Mi.one()) is Mi)
print(Km.describe(), Mi.describe(), Km(3).describe())
print(getattr(Km, "label"), getattr(Mi, "label"), getattr(Mi(1), "label"), hasattr(Km, "nothing"))
print(type(Km(1)).label, type(Mi(1)).label)


def classify(x):
    match x:
        case Km(amount=a):
            return f"km {a}"
        case Mi(amount=a):
            return f"mi {a}"
    return "other"


print(classify(Km(5)), classify(Mi(7)), classify(3))
m = Mi(4)
print(isinstance(m, (Km, Mi)), isinstance(m, (Km, int)), isinstance(Km(1), (Mi,)))
print("{0.label} {0.amount}".format(Km(9)))
units = [Km, Mi, make_unit("m", 1)]
print([u.label for u in units], [u(2).base for u in units])
print(sorted(u.one().base for u in units))
