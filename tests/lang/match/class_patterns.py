from dataclasses import dataclass
@dataclass
class Point:
    x: int
    y: int
class Circle:
    __match_args__ = ('center', 'r')
    def __init__(self, center, r):
        self.center, self.r = center, r
def where(s):
    match s:
        case Point(x=0, y=0):
            return 'origin'
        case Point(0, y):
            return 'on y axis at %d' % y
        case Point(x, 0):
            return 'on x axis at %d' % x
        case Circle(Point(x, y), r) if r > 10:
            return 'big circle at %d,%d' % (x, y)
        case Circle(center=c, r=r):
            return 'circle r=%r center=%r' % (r, c)
        case int(n) | float(n):
            return 'number %r' % n
        case str() as s:
            return 'string ' + s
        case _:
            return 'unknown'
for s in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), Circle(Point(1, 2), 20), Circle(Point(0, 0), 1), 7, 2.5, 'hi', None]:
    print(where(s))
