# A class's own __setattr__ runs for a store made on a dyn value too (a
# frozen dataclass reached through a field that also holds other types),
# and object.__setattr__ inside it stores without running it again.
from dataclasses import dataclass, asdict


@dataclass(frozen=True)
class Point:
    x: int
    y: int = 0


@dataclass
class Segment:
    a: Point
    b: Point


class Guarded:
    def __init__(self):
        self.log = []

    def __setattr__(self, name, value):
        if name == "locked":
            raise AttributeError("locked is read-only")
        object.__setattr__(self, name, value)


segment = Segment(Point(0, 0), Point(3, 4))
print(asdict(segment))
try:
    segment.a.x = 5
except Exception as e:
    print(type(e).__name__, e)
print(segment)

holders = [Guarded(), "text", 3]
g = holders[0]
g.size = 10
try:
    g.locked = True
except AttributeError as e:
    print("refused:", e)
for name, value in [("size", 11), ("colour", "red")]:
    setattr(g, name, value)
print(g.size, g.colour, g.log)
