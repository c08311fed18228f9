from collections import namedtuple

Point = namedtuple('Point', ['x', 'y'])
Color = namedtuple('Color', 'red green, blue')

p = Point(3, 4)
q = Point(y=2, x=1)
print(p, q, p.x + q.y, p[0], p[1], len(p), tuple(p), list(q))
x, y = p
print(x * y, p == (3, 4), p == Point(3, 4), p != q, hash(p) == hash((3, 4)))
print(p._asdict(), p._replace(y=10), Point._fields, Color._fields)
c = Color(255, 128, 0)
print(c, max(c), sum(c), [v for v in c])
try:
    p.x = 7
except AttributeError as e:
    print('AttributeError', e)


def bounds(points):
    xs = [pt.x for pt in points]
    return Point(min(xs), max(xs))


print(bounds([Point(5, 1), Point(-2, 3), Point(9, 0)]))
