from enum import Enum, StrEnum, auto, unique


class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()


class Shape(StrEnum):
    CIRCLE = auto()
    SQUARE = auto()


class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)

    ALPHA = auto()
    BETA = auto()


@unique
class Status(Enum):
    OK = 0
    FAILED = 1


print([(d.name, d.value) for d in Weekday])
print(Shape.CIRCLE, repr(Shape.SQUARE), Shape.CIRCLE == "circle", Shape("square"), f"{Shape.SQUARE}!")
print(Shape.CIRCLE.upper(), len(Shape.SQUARE), sorted([Shape.SQUARE, Shape.CIRCLE]))
print(list(Named), Named("Beta1"))
print(Status(0), Status.FAILED.value)
