from decimal import Decimal
from fractions import Fraction
print(f'{Decimal("1.10"):.1f} {Decimal("2.675"):.2f} {Fraction(1, 3)} {Fraction(3, 6)!r}')
print(f'{1 + 2j} {complex(0, -1)} {(1.5 + 0.5j):.2f} {abs(3 + 4j)}')
print(f'{12345.6789:,.2f} {0.000123:.2e} {99:.1%} {1e100:.3g}')
