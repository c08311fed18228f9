"""src/stdlib/fractions.py against CPython's fractions: construction,
arithmetic with every numeric type, comparisons, hashes and errors."""
import fractions
from decimal import Decimal

from differential import finish, load, same

ours = load('fractions')
LITERALS = [' 1/2 ', '1 / 2', '1_000/3', '1__0', '.5', '5.', '1e3', '-1.5E-2', '+3', '1/0', '', ' ', '1/-2',
            '1.5/2', '\u0661\u0662', '3.1415', '-47e-2', '1e', '1_', '_1', '.', '-.5e+1_0', '1.2_3', '0/5', '7/21']
NUMBERS = [(0, 1), (1, 3), (-5, 4), (6, -4), (7, 1), (10 ** 20, 3)]
OTHERS = [0, 2, -3, True, 0.5, -2.25, 0.0, float('nan'), float('inf'), 1 + 2j, 3j, 'x', None]
BINARY = ['+', '-', '*', '/', '//', '%', '**', 'divmod', '==', '!=', '<', '<=', '>', '>=']


def construct(m, *args):
    f = m.Fraction(*args)
    return repr(f), str(f), f.numerator, f.denominator


def operate(m, pair, op, other, reflected):
    f = m.Fraction(*pair)
    a, b = (other, f) if reflected else (f, other)
    if op == 'divmod':
        result = divmod(a, b)
    else:
        result = eval('a %s b' % op)
    return repr(result), type(result).__name__


def unary(m, pair):
    f = m.Fraction(*pair)
    return (repr(-f), repr(+f), repr(abs(f)), int(f), float(f), bool(f), hash(f), round(f), repr(round(f, 2)),
            repr(round(f, -1)), __import__('math').floor(f), __import__('math').ceil(f), __import__('math').trunc(f),
            repr(f.limit_denominator(10)), f.as_integer_ratio(), format(f, ''), hash(f) == hash(float(f)))


for literal in LITERALS:
    same(construct, fractions, ours, literal)
for args in [(), (3,), (10, -8), (1.47,), (2.25,), (-0.0,), (True,), (1, 0), (0, 0), (1.5, 2), ('1', 2), (None,),
             (3, 1.0), ([1],)]:
    same(construct, fractions, ours, *args)
same(lambda m: repr(m.Fraction(m.Fraction(1, 7), m.Fraction(2, 3))), fractions, ours)
same(lambda m: repr(m.Fraction.from_float(0.1)), fractions, ours)
for value in [Decimal('1.25'), Decimal('-0.001'), Decimal('1e5'), Decimal('NaN'), Decimal('-Infinity'), 7, 1.5]:
    same(lambda m, v: repr(m.Fraction(v)), fractions, ours, value)
    same(lambda m, v: repr(m.Fraction.from_decimal(v)), fractions, ours, value)
same(lambda m: m.Fraction(1, 2) + Decimal('0.5'), fractions, ours)
same(lambda m: m.Fraction.from_float('0.1'), fractions, ours)
same(lambda m: repr(m.Fraction(3.141592653589793).limit_denominator(1000)), fractions, ours)
same(lambda m: m.Fraction(1, 3).limit_denominator(0), fractions, ours)
same(lambda m: format(m.Fraction(1, 3), '.2f'), fractions, ours)
same(lambda m: repr(m.Fraction(3, 4) / 0), fractions, ours)
same(lambda m: repr(m.Fraction(0) ** -1), fractions, ours)
same(lambda m: repr((m.Fraction(-2, 3) ** -3, m.Fraction(4, 9) ** m.Fraction(1, 2), 2 ** m.Fraction(3), 2 ** m.Fraction(-1),
                     m.Fraction(1, 3) + m.Fraction(1, 6), m.Fraction(3, 4) * 2, m.Fraction(1, 3) < 0.34)), fractions, ours)
for pair in NUMBERS:
    same(unary, fractions, ours, pair)
    for op in BINARY:
        for other in OTHERS + [fractions.Fraction(2, 3)]:
            theirs_other = other
            for reflected in (False, True):
                # A Fraction operand is of the module under test: make it per module.
                case = (lambda m, pair, op, other, reflected:
                        operate(m, pair, op, m.Fraction(2, 3) if isinstance(other, fractions.Fraction) else other, reflected))
                same(case, fractions, ours, pair, op, other, reflected)
finish('fractions')
