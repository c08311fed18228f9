from enum import Enum, unique


print("defining")


@unique
class Mistake(Enum):
    ONE = 1
    TWO = 2
    UNO = 1


print(list(Mistake))
