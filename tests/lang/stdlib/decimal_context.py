# Precision and rounding from the context, localcontext, and the flags it raises.
from decimal import (Decimal, getcontext, localcontext, Context, ROUND_CEILING, ROUND_FLOOR, ROUND_05UP,
                     Inexact, Rounded, DivisionByZero, InvalidOperation)
import decimal

print(getcontext().prec, getcontext().rounding, Decimal(1) / 7, Decimal(2).sqrt())
with localcontext() as ctx:
    ctx.prec = 6
    print(Decimal(1) / 7, Decimal(2).sqrt(), Decimal('123456789') + 1, Decimal(10) ** 20)
    ctx.rounding = ROUND_CEILING
    print(Decimal(1) / 3, -Decimal(1) / 3, ctx.prec)
print(Decimal(1) / 7, getcontext().prec)
with localcontext(prec=3, rounding=ROUND_FLOOR):
    print(Decimal('2.999') * 1, Decimal(-2) / 3, +Decimal('1.2345'))
ctx = Context(prec=4, rounding=ROUND_05UP)
print(ctx.divide(Decimal(1), Decimal(3)), ctx.add(Decimal('1.001'), Decimal('0.0001')), ctx.sqrt(Decimal(10)))
print(ctx.create_decimal('3.14159'), ctx)
getcontext().clear_flags()
x = Decimal(1) / 3
print(getcontext().flags[Inexact], getcontext().flags[Rounded], getcontext().flags[DivisionByZero])
getcontext().traps[DivisionByZero] = False
print(Decimal(1) / 0, Decimal(-5) / 0, getcontext().flags[DivisionByZero])
getcontext().traps[InvalidOperation] = False
print(Decimal(0) / 0, Decimal('-1').sqrt(), Decimal('abc'), Decimal('inf') - Decimal('inf'))
print(getcontext())
decimal.setcontext(decimal.DefaultContext)
print(getcontext())
for prec in (1, 2, 5, 10, 30):
    getcontext().prec = prec
    print(prec, Decimal(22) / 7, Decimal(2) ** Decimal(0.5).to_integral_value() if prec < 3 else Decimal(3).sqrt())
getcontext().prec = 28
print(Decimal('1.000').normalize(), Decimal('1200').normalize(), Decimal('0.00').normalize())
print(Decimal('7.325').to_integral_value(), Decimal('-7.5').to_integral_value(), Decimal('7.5').to_integral_exact())
