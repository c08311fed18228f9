"""src/stdlib/colorsys.py against CPython's colorsys: every conversion on
the corners and edges of the unit cube, out-of-range inputs, and seeded
random colours, compared to the bit."""
import colorsys
import random

from differential import finish, load, same

ours = load('colorsys')
NAMES = ['rgb_to_yiq', 'yiq_to_rgb', 'rgb_to_hls', 'hls_to_rgb', 'rgb_to_hsv', 'hsv_to_rgb']
rng = random.Random(7)
EDGES = [0.0, 1.0, 0.5, 0.25, 1 / 3, 2 / 3, 1 / 6, 5 / 6, 0.999999, -0.5, 1.5, -0.0]
POINTS = [(a, b, c) for a in EDGES for b in EDGES for c in EDGES]
POINTS += [(rng.random(), rng.random(), rng.random()) for _ in range(3000)]
POINTS += [(5, 0, 1), (1, 1, 1), (0, 0, 0), (True, False, True)]


def convert(m, name, point):
    return getattr(m, name)(*point)


for point in POINTS:
    for name in NAMES:
        same(convert, colorsys, ours, name, point)
same(lambda m: m.rgb_to_hsv('a', 'b', 'c'), colorsys, ours)
same(lambda m: (m.ONE_THIRD, m.ONE_SIXTH, m.TWO_THIRD, m.__all__), colorsys, ours)
finish('colorsys')
