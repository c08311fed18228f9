# A Decimal divided by zero raises DivisionByZero (a ZeroDivisionError) under the default context.
from decimal import Decimal, DivisionByZero, InvalidOperation
for a, b in [('1', '3'), ('5', '0.5'), ('0', '0'), ('1', 'x'), ('4', '-0')]:
    try:
        print(a, b, Decimal(a) / Decimal(b))
    except ZeroDivisionError as e:
        print(a, b, 'ZeroDivisionError', type(e).__name__, e, isinstance(e, ArithmeticError))
    except InvalidOperation as e:
        print(a, b, 'InvalidOperation', type(e).__name__, e)
for f in [lambda: Decimal(1) + 1.5, lambda: Decimal(1) < 'a', lambda: Decimal('NaN') < 1, lambda: int(Decimal('NaN')),
          lambda: Decimal(1).quantize(Decimal('1e-30')), lambda: Decimal(10) % 0, lambda: hash(Decimal('sNaN')),
          lambda: round(Decimal('Infinity')), lambda: Decimal(5) // 0]:
    try:
        print(f())
    except (ArithmeticError, TypeError, ValueError) as e:
        print(type(e).__name__, e)
total = Decimal('100.00')
print(total / 0)
