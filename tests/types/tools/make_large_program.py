#!/usr/bin/env python3
"""Writes a large, valid Python program (classes, closures, containers,
recursion, generators: every construct the analysis handles) to measure how
long `ingot types` takes on a program of a few thousand lines:

    python3 tests/types/tools/make_large_program.py 200 > /tmp/large.py
    time build/ingot types /tmp/large.py > /dev/null
"""
import sys

BLOCK = '''
class Shape{i}:
    def __init__(self, w, h):
        self.w = w
        self.h = h
        self.tags = []

    def area(self):
        return self.w * self.h

    def tag(self, t):
        self.tags.append(t)
        return self

class Square{i}(Shape{i}):
    def __init__(self, side):
        super().__init__(side, side)

    def __add__(self, other):
        return Square{i}(self.w + other.w)

def fib{i}(n):
    if n < 2:
        return n
    return fib{i}(n - 1) + fib{i}(n - 2)

def make_counter{i}(start):
    count = start
    def step(by):
        nonlocal count
        count += by
        return count
    return step

def evens{i}(limit):
    for k in range(limit):
        if k % 2 == 0:
            yield k

def summary{i}(items):
    table = {{}}
    for name, value in items:
        table.setdefault(name, []).append(value)
    return {{k: sum(v) / len(v) for k, v in table.items()}}

def run{i}():
    shapes = [Shape{i}(2, 3), Square{i}(4)]
    total = 0
    for s in shapes:
        total += s.tag("x").area()
    sq = Square{i}(1) + Square{i}(2)
    counter = make_counter{i}(0)
    counter(1)
    counter(2.5)
    stats = summary{i}([("a", 1), ("b", 2.5)])
    found = None
    for e in evens{i}(10):
        if e > 4:
            found = e
    return total, sq.area(), fib{i}(10), stats, found, [x * x for x in range(5)]
'''


def main():
    blocks = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    parts = [BLOCK.format(i=i) for i in range(blocks)]
    parts.append('\nresults = [%s]\nprint(len(results))\n' % ', '.join('run%d()' % i for i in range(blocks)))
    sys.stdout.write(''.join(parts))


if __name__ == '__main__':
    main()
