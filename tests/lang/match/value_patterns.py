from enum import Enum
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
class Limits:
    LOW = 10
    HIGH = 100
def check(v):
    match v:
        case Color.RED:
            return 'red'
        case Color.GREEN | Color.BLUE:
            return 'cool color ' + v.name
        case Limits.LOW:
            return 'at low limit'
        case Limits.HIGH:
            return 'at high limit'
        case _:
            return 'something else'
for v in [Color.RED, Color.BLUE, 10, 100, 50, 1]:
    print(v, check(v))
