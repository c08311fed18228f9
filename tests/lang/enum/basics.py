from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1  # an alias of RED

    def describe(self):
        return f"{self.name} is #{self.value}"

    @classmethod
    def favourite(cls):
        return cls.GREEN

    @property
    def warm(self):
        return self is Color.RED


class Planet(Enum):
    MERCURY = "small"
    JUPITER = "large"


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(str(Planet.JUPITER), repr(Planet.MERCURY), f"[{Color.RED}]", f"{Planet.JUPITER:>20}|")
print(Color(2), Color['BLUE'], Color(Color.RED), Planet("large"))
print(Color.CRIMSON is Color.RED, Color.CRIMSON.name, Color(1).name)
print([c.name for c in Color], len(Color), list(Planet))
for c in Color:
    print(c.describe(), c.warm)
print(Color.favourite(), Color.RED.describe())
print(Color.RED in Color, Planet.MERCURY in Color, Color.RED not in Color)
print(Color.RED == Color.RED, Color.RED == Color.GREEN, Color.RED != 1, Color.RED == 1)
print(list(Color.__members__), len(Color.__members__), Color.__members__['CRIMSON'])
print(isinstance(Color.RED, Color), isinstance(Color.RED, Enum), type(Color.RED) is Color, type(Color.RED).__name__)
counts = {Color.RED: 0, Color.GREEN: 0}
for c in [Color.RED, Color.GREEN, Color.RED, Color.CRIMSON]:
    counts[c] += 1
print(counts)
print(sorted(Color, key=lambda c: -c.value), max(Color, key=lambda c: c.value))
print({c.value: c for c in Color}, [c for c in reversed(Color)])


def classify(c):
    match c:
        case Color.RED:
            return "warm"
        case Color.GREEN | Color.BLUE:
            return "cool " + c.name
    return "?"


print([classify(c) for c in Color], classify(Planet.MERCURY))
