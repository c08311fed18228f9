# Every kind of pattern on boxed subjects: literals, captures, wildcards,
# dotted values, sequences with stars, mappings with **rest, class patterns
# (builtin self-matching classes, __match_args__, keywords), or-patterns,
# guards, as-patterns; the last case raises CPython's TypeError.
class Limits:
    LOW = 10
    HIGH = 100


class Point:
    __match_args__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def describe(v):
    match v:
        case 0 | 1:
            return 'small'
        case Limits.LOW:
            return 'low'
        case None:
            return 'none'
        case True:
            return 'true'
        case str() as s if len(s) > 3:
            return 'long str ' + s
        case str(s):
            return 'str ' + s
        case [x, *middle, y] if x == y:
            return 'bookends %r %r' % (x, middle)
        case (1, *rest):
            return 'starts with 1: %r' % (rest,)
        case {'k': int(k), **others}:
            return 'k=%d others=%r' % (k, others)
        case Point(0, y=0):
            return 'origin'
        case Point(x, 0) | Point(0, x):
            return 'on an axis at %r' % (x,)
        case Point(x=px):
            return 'point with x=%r' % (px,)
        case float(f) if f < 0:
            return 'negative float'
        case _:
            return 'other'


for v in [0, 1, 10, None, True, 'hello', 'hi', [3, 4, 3], (1, 2, 3), [1], {'k': 5, 'j': 6}, {'k': 'x'},
          Point(0, 0), Point(4, 0), Point(0, 7), Point(2, 3), -2.5, 2.5]:
    print(describe(v))


def broken(v):
    match v:
        case Point(1, 2, 3):
            return 'three'
    return 'none'


print(broken(5))
print(broken(Point(1, 2)))
