cases = [('1.0 / 0', lambda: 1.0 / 0), ('1 / 0', lambda: 1 / 0), ('1.0 // 0.0', lambda: 1.0 // 0.0),
         ('1.0 % 0.0', lambda: 1.0 % 0.0), ('0.0 / 0.0', lambda: 0.0 / 0.0), ('divmod', lambda: divmod(1.0, 0.0)),
         ('2 / 0.0', lambda: 2 / 0.0)]
for expr, f in cases:
    try:
        print(f())
    except ZeroDivisionError as e:
        print(expr, '->', type(e).__name__, e)
try:
    0.0 ** -1
except ZeroDivisionError as e:
    print('pow', e)
try:
    (-8.0) ** 0.5
    print('complex ok', (-8.0) ** 0.5)
except ValueError as e:
    print('ValueError', e)
try:
    import math
    math.sqrt(-1)
except ValueError as e:
    print('ValueError', e)
try:
    10.0 ** 400
except OverflowError as e:
    print('OverflowError', e)
