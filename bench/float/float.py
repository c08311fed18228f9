"""pyperformance's float benchmark: many small objects with float fields,
math.sin/cos/sqrt, attribute access and method calls.

    python3 bench/float/float.py [POINTS]     (default 800000)
"""
import sys
from math import cos, sin, sqrt


class Point:
    __slots__ = ('x', 'y', 'z')

    def __init__(self, i):
        self.x = x = sin(i)
        self.y = cos(i) * 3
        self.z = (x * x) / 2

    def __repr__(self):
        return '<Point: x=%.9f, y=%.9f, z=%.9f>' % (self.x, self.y, self.z)

    def normalize(self):
        x = self.x
        y = self.y
        z = self.z
        norm = sqrt(x * x + y * y + z * z)
        self.x /= norm
        self.y /= norm
        self.z /= norm

    def maximize(self, other):
        self.x = self.x if self.x > other.x else other.x
        self.y = self.y if self.y > other.y else other.y
        self.z = self.z if self.z > other.z else other.z
        return self


def maximize(points):
    nxt = points[0]
    for p in points[1:]:
        nxt = nxt.maximize(p)
    return nxt


def benchmark(n):
    points = [None] * n
    for i in range(n):
        points[i] = Point(i)
    for p in points:
        p.normalize()
    total = 0.0
    for p in points:
        total += p.x + p.y + p.z
    return maximize(points), total


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 800000
    best, total = benchmark(n)
    print(best)
    print('sum of normalized coordinates %.9f' % total)


main()
