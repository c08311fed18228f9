class Meters:
    def __init__(self, v):
        self.v = v

    def __add__(self, other):
        if isinstance(other, Meters):
            return Meters(self.v + other.v)
        return NotImplemented

class Feet:
    def __init__(self, v):
        self.v = v

    def __radd__(self, other):
        return Meters(other.v + self.v * 0.3048)

# Meters.__add__ may decline with NotImplemented: then Feet.__radd__ answers.
a = Meters(1) + Meters(2)
b = Meters(1) + Feet(10)
print(a.v, b.v)
