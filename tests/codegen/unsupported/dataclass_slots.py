# error: 5:12: this argument of dataclass()
from dataclasses import dataclass


@dataclass(slots=True)
class Point:
    x: int
    y: int


print(Point(1, 2))
