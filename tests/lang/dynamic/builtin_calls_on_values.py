# Builtins called on values whose type is known only at run time.
def to_int(text, base):
    return int(text, base)

def show(x):
    return float.__repr__(x)

cells = ['ff', 10, '0x1f', 'zz', 2.5, '  42  ', 'Ⅻ']
for cell in cells:
    try:
        print(repr(cell), to_int(cell, 16), to_int(cell, 0) if isinstance(cell, str) else '-')
    except (TypeError, ValueError) as e:
        print(repr(cell), type(e).__name__, e)
print(to_int('777', 8), to_int('z', 36), to_int('-101', 2))
try:
    to_int('1', 99)
except ValueError as e:
    print('ValueError', e)
values = [1.5, 'x', 2.0, 1e300 * 10]
print([show(v) for v in values if isinstance(v, float)])
