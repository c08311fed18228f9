# Decimal among the other numbers: construction, conversions, comparisons, text.
from decimal import Decimal
from fractions import Fraction
import math

values = [Decimal('1.5'), Decimal(-7), Decimal(0.1), Decimal('1e3'), Decimal('-0'), Decimal((1, (3, 1, 4), -2)),
          Decimal('NaN'), Decimal('-Infinity'), Decimal('123456789012345678901234567890.5'), Decimal('1E-7')]
for d in values:
    print(repr(d), str(d), d.as_tuple(), d.is_nan(), d.is_zero(), d.is_signed(), d.is_infinite(), d.adjusted())
for d in values[:6]:
    print(int(d), float(d), round(d), math.floor(d), math.ceil(d), math.trunc(d), d.as_integer_ratio(), bool(d))
a, b = Decimal('7.5'), Decimal('-2')
print(a + b, a - b, a * b, a / b, a // b, a % b, divmod(a, b), a ** 2, b ** -3, -a, abs(b), +a)
print(a + 1, 1 + a, 3 * a, 10 / a, 10 // a, 10 % a, 2 ** Decimal(3), a ** 0, Decimal(0) ** 5)
print(Decimal(1) == 1, Decimal('1.0') == 1.0, Decimal('0.1') == 0.1, Decimal('0.5') == Fraction(1, 2),
      Decimal('0.5') < 1, Decimal('0.5') < Fraction(2, 3), 0.25 < Decimal('0.3'), 3 > Decimal('2.99'))
print(hash(Decimal('1.5')) == hash(1.5), hash(Decimal(7)) == hash(7), hash(Decimal('0.1')) == hash(Fraction(1, 10)))
print(Decimal('NaN') == Decimal('NaN'), Decimal('NaN') != 1, Decimal('Infinity') > 10 ** 100)
print(Decimal('1.30').compare(Decimal('1.3')), Decimal(2).max(Decimal('2.0')), Decimal(-1).min(3),
      Decimal('1.5').copy_sign(Decimal(-2)), Decimal('5').fma(2, 3))
for text in ['1.10', '2.675', '-0.00', '1234567.891', '1e5', '1e-7', '12', 'NaN', '-Infinity', '0.5', '9.995']:
    d = Decimal(text)
    print(f'{d} {d:.2f} {d:>10} {d:e} {d:.3e} {d:%} {d:,} {d:g} {d:.3} {d:+08.2f} {d:^12.1f}|')
print(Decimal('123E-9').to_eng_string(), Decimal('0.000001'), Decimal('0.0000001'), Decimal('123456e2'))
print(Decimal.from_float(0.1), Decimal(2 ** 70), Decimal(' 1_000.5 '), Decimal('-sNaN12'), Decimal('inf'))
print(sorted([Decimal('2.5'), 1, Fraction(7, 4), 2.25, Decimal('-0.5')]))
print(sum([Decimal('1.1'), Decimal('2.2'), 3]), max([Decimal('1'), 2.5, Decimal('3.0')]))
