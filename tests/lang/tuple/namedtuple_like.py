from collections import namedtuple
Point = namedtuple('Point', ['x', 'y'])
p = Point(3, 4)
print(p, p.x, p[1], p._asdict(), p._replace(x=10), tuple(p), p == (3, 4))
x, y = p
print(x + y, len(p), Point._fields)
def minmax(xs):
    return min(xs), max(xs)
lo, hi = minmax([5, 2, 9])
print(lo, hi, minmax('hello'))
