from fractions import Fraction
from decimal import Decimal
vals = [1, 1.0, True, Fraction(1), Decimal(1), 1 + 0j]
for a in vals:
    print(type(a).__name__, [a == b for b in vals])
print(Fraction(1, 2) < 0.75, 0.5 == Fraction(1, 2), Decimal('0.5') < 1, 2 ** 100 > Fraction(1, 3))
try:
    1j < 2j
except TypeError as e:
    print('TypeError', e)
