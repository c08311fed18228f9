"""src/stdlib/decimal.py against CPython's decimal (the C module): parsing,
text and format(), random arithmetic in several contexts and rounding modes,
quantize, sqrt, comparisons, hashes, conversions and the exceptions raised."""
import decimal
import fractions
import math
import random

from differential import finish, load, same

ours = load('decimal')
rng = random.Random(1234)
ROUNDINGS = ['ROUND_DOWN', 'ROUND_HALF_UP', 'ROUND_HALF_EVEN', 'ROUND_CEILING', 'ROUND_FLOOR', 'ROUND_UP',
             'ROUND_HALF_DOWN', 'ROUND_05UP']


def shown(value):
    """repr of a result, with our module's name written as CPython's."""
    return repr(value).replace('ingot_decimal', 'decimal')


def run(m, thunk, prec=28, rounding='ROUND_HALF_EVEN', traps=None):
    """What thunk(m) gives in a fresh context, with the flags it raised."""
    ctx = m.Context(prec=prec, rounding=getattr(m, rounding))
    if traps is not None:
        ctx = m.Context(prec=prec, rounding=getattr(m, rounding), traps=[getattr(m, name) for name in traps])
    m.setcontext(ctx)
    try:
        result = shown(thunk(m))
    except (ArithmeticError, TypeError, ValueError) as e:
        result = 'raised %s %s' % (type(e).__name__, str(e).replace('ingot_decimal', 'decimal'))
    return result, shown(m.getcontext())


def random_number():
    kind = rng.random()
    if kind < 0.04:
        return rng.choice(['NaN', '-NaN', 'sNaN', 'Infinity', '-Infinity', 'NaN12', '-0', '0E+5', '0.000'])
    digits = str(rng.randrange(10 ** rng.randrange(1, 35)))
    exp = rng.choice([0, 0, 0, rng.randrange(-40, 40), rng.randrange(-3, 3)])
    sign = rng.choice(['', '-'])
    return '%s%sE%d' % (sign, digits, exp)


def literal(m, text):
    d = m.Decimal(text)
    return d, str(d), d.as_tuple(), d.is_nan(), d.is_zero(), d.is_signed(), d.adjusted(), d.to_eng_string()


for text in ['1.5', '-0', '0.000', '1e5', '1E+5', '-1.23e-8', '123456e2', ' 1_000.5 ', '1__0', '_1', 'nan_1', 'in_f',
             '1 0', '1.', '.', '.e1', '1e', 'e1', '+-1', '1e+', '\u0661.\u0665e\u0662', '0x10', '-0.0e-0', ' nan ',
             'Infinity1', 'sNaN0', '-sNaN12', 'NaN00012', 'Inf', '-infinity', '12e-10', '0.000001', '0.0000001',
             '123e-9', '0e5', '0e-7', '1e999999999', '-5e-7', '100', '1e2', '12345678901234567890123456789012345']:
    same(lambda m, t: run(m, lambda m: literal(m, t)), decimal, ours, text)
for value in [0, -7, 10 ** 30, True, 0.1, -0.0, 1.5, float('nan'), float('-inf'), 1e300, 5e-324, (1, (1, 2), -1),
              (0, (), 'F'), (1, (1, 2), 'n'), (0, (4, 2), 'N'), [0, [1], 3], (2, (1,), 0), (0, (10,), 0), (0, (1,), 'x'),
              None, 1j, fractions.Fraction(1, 2)]:
    same(lambda m, v: run(m, lambda m: literal(m, v)), decimal, ours, value)
same(lambda m: run(m, lambda m: m.Decimal.from_float(0.1)), decimal, ours)
same(lambda m: run(m, lambda m: m.Decimal('abc'), traps=[]), decimal, ours)

# Arithmetic, at random, in random contexts.
BINARY = ['+', '-', '*', '/', '//', '%', 'divmod', '**', '==', '<', '>=', 'compare', 'max', 'min', 'quantize']


def binary(m, a, op, b):
    x, y = m.Decimal(a), m.Decimal(b) if isinstance(b, str) else b
    if op == 'divmod':
        return divmod(x, y)
    if op == '**':
        return x ** y
    if op in ('compare', 'max', 'min', 'quantize'):
        return getattr(x, op)(y)
    return {'+': lambda: x + y, '-': lambda: x - y, '*': lambda: x * y, '/': lambda: x / y, '//': lambda: x // y,
            '%': lambda: x % y, '==': lambda: x == y, '<': lambda: x < y, '>=': lambda: x >= y}[op]()


for _ in range(4000):
    op = rng.choice(BINARY)
    a = random_number()
    if op == '**':
        b = rng.choice([rng.randrange(-6, 12), str(rng.randrange(-4, 8)), '2.0', '0', '-1'])
    elif op == 'quantize':
        b = rng.choice(['1', '0.01', '1e-3', '1E+2', '1e-40', 'Infinity', 'NaN'])
    else:
        b = rng.choice([random_number(), random_number(), rng.randrange(-100, 100)])
    prec = rng.choice([28, 28, 5, 1, 3, 9, 40])
    rounding = rng.choice(ROUNDINGS)
    traps = rng.choice([None, None, [], ['Inexact']])
    same(lambda m, a, op, b, prec, rounding, traps: run(m, lambda m: binary(m, a, op, b), prec, rounding, traps),
         decimal, ours, a, op, b, prec, rounding, traps)
    if isinstance(b, int) and op in '+-*/%//':
        same(lambda m, a, op, b: run(m, lambda m: eval('b %s m.Decimal(a)' % op)), decimal, ours, a, op, b)


def unary(m, a):
    x = m.Decimal(a)
    return (-x, +x, abs(x), x.sqrt(), x.to_integral_value(), x.to_integral_exact(), x.normalize(), x.copy_sign(-1),
            x.fma(3, m.Decimal('1.5')), x.next_plus(), x.next_minus())


for _ in range(800):
    a = random_number()
    prec = rng.choice([28, 5, 1, 12])
    rounding = rng.choice(ROUNDINGS)
    same(lambda m, a, prec, rounding: run(m, lambda m: unary(m, a), prec, rounding, []), decimal, ours, a, prec,
         rounding)
    same(lambda m, a: run(m, lambda m: m.Decimal(a).sqrt()), decimal, ours, a)


def conversions(m, a):
    x = m.Decimal(a)
    out = [bool(x), float(x)]
    for f in (int, round, math.floor, math.ceil, math.trunc, lambda x: round(x, 2), lambda x: round(x, -1),
              lambda x: x.as_integer_ratio(), lambda x: None if x.is_nan() else hash(x), lambda x: hash(x) == hash(float(x)) if x.is_finite() else None,
              lambda x: x == float(x), lambda x: x < fractions.Fraction(1, 3), lambda x: x == fractions.Fraction(3, 2)):
        try:
            out.append(f(x))
        except (ArithmeticError, TypeError, ValueError) as e:
            out.append(type(e).__name__ + ' ' + str(e).replace('ingot_decimal', 'decimal'))
    return out


for a in ['1.5', '2.5', '-3.5', '1234', '1.2345', '-0.001', '1e100', '-1.30', 'Infinity', 'NaN', 'sNaN', '0.1', '-1',
          '123.456e-5', '9.999', '0.3333333333333333333333333333']:
    same(lambda m, a: run(m, lambda m: conversions(m, a)), decimal, ours, a)

# format()
SPECS = ['', '.2f', 'f', '.0f', '.1', '.3', '.0g', 'g', 'G', 'e', '.3e', 'E', '%', '.1%', '10.2f', '<10', '^11.3f',
         '*>12,.2f', '+.2f', ' .2f', '010,.2f', '012_.3f', ',', 'z.1f', '-8.3e', '=+10.1f', 'n', '.3n', '#.0f', '.f',
         '2.2x', ',.2e', '08', '015,']
for a in ['1.10', '2.675', '-0.00', '1234567.891', '0E+3', '1e5', '1e-7', '1.2e-6', '12', 'NaN', '-Infinity', '0.5',
          '-1.5', '12345', '0', '9.995', '-0.0001', '123456789.123456789']:
    for spec in SPECS:
        same(lambda m, a, spec: run(m, lambda m: format(m.Decimal(a), spec)), decimal, ours, a, spec)
same(lambda m: run(m, lambda m: '%s %s' % (m.Decimal('1.50'), m.Decimal(7) / 3)), decimal, ours)

# Contexts, signals and the errors of a default context.
same(lambda m: run(m, lambda m: (m.Context(), m.DefaultContext, m.BasicContext, m.ExtendedContext)), decimal, ours)
same(lambda m: run(m, lambda m: m.Context(prec=0)), decimal, ours)
same(lambda m: run(m, lambda m: m.Context(rounding='x')), decimal, ours)
same(lambda m: run(m, lambda m: m.Decimal(1) + 1.5), decimal, ours)
same(lambda m: run(m, lambda m: 1.5 * m.Decimal(1)), decimal, ours)
same(lambda m: run(m, lambda m: m.Decimal(1) < 'a'), decimal, ours)
same(lambda m: run(m, lambda m: m.Decimal(1) < 1j), decimal, ours)
same(lambda m: run(m, lambda m: m.Decimal(1) + fractions.Fraction(1, 2)), decimal, ours)
same(lambda m: run(m, lambda m: (m.Decimal(1) == 1j, m.Decimal(1) == 1 + 0j, m.Decimal('1.5') != 1.5)), decimal, ours)
same(lambda m: run(m, lambda m: hash(m.Decimal('sNaN'))), decimal, ours)
same(lambda m: run(m, lambda m: m.Decimal('NaN') < 1), decimal, ours)
same(lambda m: run(m, lambda m: m.Decimal('1e999999') * 100), decimal, ours)
same(lambda m: run(m, lambda m: m.Decimal('1e-999999') / 10), decimal, ours)
same(lambda m: run(m, lambda m: m.Decimal(1) / m.Decimal('1e-999999')), decimal, ours)
same(lambda m: run(m, lambda m: m.Decimal('1e-999999') / 10 ** 30, traps=['Underflow']), decimal, ours)


def local(m):
    with m.localcontext() as ctx:
        ctx.prec = 5
        inside = m.Decimal(1) / 7
        ctx.traps[m.DivisionByZero] = False
        inf = m.Decimal(1) / 0
        flags = (ctx.flags[m.DivisionByZero], ctx.flags[m.Inexact], ctx.traps[m.Inexact])
    with m.localcontext(prec=3, rounding=m.ROUND_UP) as ctx:
        three = m.Decimal(2) / 3
    return inside, inf, flags, three, m.Decimal(1) / 7, m.getcontext().prec


same(lambda m: run(m, local), decimal, ours)
same(lambda m: run(m, lambda m: m.localcontext(precision=3)), decimal, ours)
same(lambda m: run(m, lambda m: [issubclass(getattr(m, a), getattr(m, b, None) or getattr(__builtins__, b)) for a in
                                 ['DivisionByZero', 'DivisionUndefined', 'Overflow', 'Underflow', 'FloatOperation',
                                  'InvalidOperation', 'ConversionSyntax']
                                 for b in ['DecimalException', 'ZeroDivisionError', 'InvalidOperation', 'Inexact',
                                           'TypeError', 'ArithmeticError', 'Subnormal']]), decimal, ours)
same(lambda m: run(m, lambda m: sum([m.Decimal('0.1')] * 10) == 1), decimal, ours)
same(lambda m: run(m, lambda m: m.getcontext().create_decimal('3.14159265')), decimal, ours, )
same(lambda m: run(m, lambda m: m.Context(prec=3).create_decimal('3.14159265')), decimal, ours)
finish('decimal')
