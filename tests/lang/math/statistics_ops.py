import statistics
data = [2.5, 3.25, 5.0, 1.0, 9.75, 3.25]
print(statistics.mean(data), statistics.median(data), statistics.mode(data), statistics.median_low([1, 3, 5, 7]))
print(round(statistics.pstdev(data), 10), round(statistics.stdev(data), 10), statistics.fmean([1, 2, 3]))
from fractions import Fraction
print(Fraction(1, 3) + Fraction(1, 6), Fraction(3, 4) * 2, Fraction('0.125'), Fraction(1, 3) < 0.34)
from decimal import Decimal, getcontext
print(Decimal('0.1') + Decimal('0.2'), Decimal(1) / Decimal(7), Decimal('1.005').quantize(Decimal('0.01')))
