"""src/stdlib/statistics.py against CPython's statistics: the exact results
and result types, on ints, floats, Fractions and mixtures."""
import statistics
from decimal import Decimal
from fractions import Fraction

from differential import finish, load, same

ours = load('statistics')
DATA = [[2.5, 3.25, 5.0, 1.0, 9.75, 3.25], [1, 3, 5, 7], [1, 2, 3, 4], [5], [], [1, 2, 2, 3, 3], [0.1] * 10,
        [1e308, 1e308, -1e308], [1, 2.5, Fraction(1, 3)], [Fraction(1, 3), Fraction(2, 7)], [True, False, True],
        [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5], [float('inf'), 1.0], [float('nan'), 2.0], [-1.5, 2, 0.25, -8],
        [10 ** 30, 1, 7], ['a', 'b', 'b'], [0.5, 0.0, 2.0],
        [Decimal('1.5'), Decimal('2.25'), Decimal('0.1'), 4], [Decimal('0.5'), Decimal('0.75')], [Decimal(1), 2.5],
        [Decimal('1e-30'), Decimal('3'), Decimal('7.123456789')], [Decimal('NaN'), Decimal(1)], [Decimal(2), Fraction(1, 3)]]
FUNCTIONS = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high', 'mode',
             'multimode', 'pstdev', 'pvariance', 'stdev', 'variance', 'quantiles']


def apply(m, name, data):
    result = getattr(m, name)(data)
    return repr(result), type(result).__name__


def quantile_methods(m, data, n, method):
    return repr(m.quantiles(data, n=n, method=method))


for data in DATA:
    for name in FUNCTIONS:
        same(apply, statistics, ours, name, data)
for n in (1, 2, 4, 10):
    for method in ('exclusive', 'inclusive', 'other'):
        same(quantile_methods, statistics, ours, [1, 5, 2, 8, 3.5, 9, 4], n, method)
same(lambda m: m.quantiles([1, 2], n=0), statistics, ours)
same(lambda m: isinstance(m.StatisticsError('x'), ValueError), statistics, ours)
finish('statistics')
