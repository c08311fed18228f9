# Invoice arithmetic with Decimal: exact sums, tax rounded half-up to cents.
from decimal import Decimal, ROUND_HALF_UP, ROUND_DOWN, ROUND_HALF_EVEN

CENT = Decimal('0.01')
items = [('coffee', '3.45', 2), ('bagel', '2.10', 3), ('juice', '4.99', 1), ('muffin', '2.755', 4)]
subtotal = Decimal(0)
for name, price, qty in items:
    line = (Decimal(price) * qty).quantize(CENT, rounding=ROUND_HALF_UP)
    subtotal += line
    print(f'{name:<8}{qty:>3} x {Decimal(price):>6} = {line:>8}')
tax = (subtotal * Decimal('0.0825')).quantize(CENT, ROUND_HALF_UP)
total = subtotal + tax
print('subtotal', subtotal, 'tax', tax, 'total', total)
print(f'{total:,.2f} {total:>12,.2f} {-total:+.1f} {total:.0f}')
print(sum([Decimal('0.1')] * 10), sum([0.1] * 10), sum([Decimal('0.1')] * 10) == 1)
# Splitting a bill: shares rounded down, the remainder cents go to the first payers.
share = (total / 3).quantize(CENT, rounding=ROUND_DOWN)
left = total - share * 3
print(share, left, [share + CENT if i < int(left / CENT) else share for i in range(3)])
for value in ['2.675', '2.665', '-2.675', '0.005', '1.995']:
    d = Decimal(value)
    print(value, d.quantize(CENT), d.quantize(CENT, ROUND_HALF_UP), d.quantize(CENT, ROUND_HALF_EVEN),
          round(d, 2), round(float(value), 2))
prices = {Decimal('1.50'): 'a', 2: 'b', 0.25: 'c'}
print(prices[Decimal('1.5')], prices[Decimal('2.000')], prices[Decimal('0.250')], prices[1.5], len(prices))
print(hash(Decimal('2.000')) == hash(2), hash(Decimal('-0.25')) == hash(-0.25))
print(max(Decimal('1.10'), Decimal('1.1')), sorted([Decimal('3'), Decimal('1.5'), Decimal('-2'), Decimal('0.25')]))
print('%s %s' % (Decimal('12.50'), Decimal('7') / 8), str(Decimal('100.00')), repr(Decimal('-0.000')))
