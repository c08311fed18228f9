"""src/stdlib/cmath.py against CPython's cmath, bit for bit: every function
on a grid of finite values (tiny, subnormal, near 1, huge), on every
combination of special values (signed zeros, infinities, NaN), and on ints
and floats; errors and their messages; polar/rect/phase/isclose."""
import cmath
import itertools
import math
import random
import struct

from differential import finish, load, same

ours = load('cmath')


def bits(value):
    """A value whose equality is bitwise (NaNs and signed zeros included)."""
    if isinstance(value, complex):
        return ('complex', struct.pack('<dd', value.real, value.imag))
    if isinstance(value, float):
        return ('float', struct.pack('<d', value))
    if isinstance(value, tuple):
        return tuple(bits(v) for v in value)
    return value


def call(m, name, *args):
    return bits(getattr(m, name)(*args))


FINITE = [0.0, -0.0, 1.0, -1.0, 0.5, -2.5, 1e-310, -3e-320, 2.2250738585072014e-308, 1e300, -1.7e308,
          1.7976931348623157e308, 0.9999999, 1.0000001, 0.7, 1.5, 3.0, 710.0, -711.5, 800.0, 1e-20, 1e154, 1e155]
SPECIAL = [0.0, -0.0, 2.0, -2.0, math.inf, -math.inf, math.nan]
UNARY = ['sqrt', 'acos', 'acosh', 'asin', 'asinh', 'atan', 'atanh', 'cos', 'cosh', 'sin', 'sinh', 'tan', 'tanh',
         'exp', 'log', 'log10', 'phase', 'polar', 'isfinite', 'isinf', 'isnan']

for name in UNARY:
    for x, y in itertools.product(FINITE, FINITE[::3]):
        same(call, cmath, ours, name, complex(x, y))
    for x, y in itertools.product(SPECIAL, SPECIAL):
        same(call, cmath, ours, name, complex(x, y))
    for arg in (0, 1, -1, 7, 2 ** 1100, True, 2.5, 'x', None):
        same(call, cmath, ours, name, arg)
rng = random.Random(11)
RANDOM = [complex(rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308), rng.uniform(-1, 1) * 10.0 ** rng.randint(-320, 308))
          for _ in range(150)] + [complex(rng.gauss(0, 3), rng.gauss(0, 3)) for _ in range(150)]
for name in UNARY:
    for z in RANDOM:
        same(call, cmath, ours, name, z)
for x, y in itertools.product(FINITE[::2] + SPECIAL, FINITE[::4] + SPECIAL):
    same(call, cmath, ours, 'rect', x, y)
for z, b in itertools.product([1, 0, 2.5, complex(3, -4), complex(0, 1), complex(1e-310, 0), complex(math.inf, 1)],
                              [None, 2, 10, 1, 0, complex(0, 2), -1.5]):
    same(lambda m, z, b: bits(m.log(z) if b is None else m.log(z, b)), cmath, ours, z, b)
for a, b, kw in [(1, 1 + 1e-10j, {}), (1, 1.1, {}), (1, 1.1, {'rel_tol': 0.2}), (0, 1e-12j, {'abs_tol': 1e-11}),
                 (complex(math.inf, 0), complex(math.inf, 0), {}), (math.inf, -math.inf, {}),
                 (math.nan, math.nan, {}), (1e308 + 1e308j, -1e308 - 1e308j, {'abs_tol': 1.0}),
                 (1, 2, {'rel_tol': -1}), (1, 2, {'abs_tol': -1})]:
    same(lambda m, a, b, kw: m.isclose(a, b, **kw), cmath, ours, a, b, kw)
same(lambda m: bits((m.pi, m.e, m.tau, m.inf, m.infj, m.nan, m.nanj)), cmath, ours)
finish('cmath')
