for s in ['1.5', ' -2.25 ', '1e10', '1E-3', '.5', '5.', '1_000.5', 'inf', '-Infinity', 'nan', '+1.0e+2',
          '0x10', '', 'abc', '1.2.3', '1e', '3.14159265358979323846264338327950288']:
    try:
        print(repr(s), float(s))
    except ValueError as e:
        print(repr(s), 'ValueError', e)
print(float(3), float(-2 ** 60), float(True))
print(float.fromhex('0x1.8p1'), (1.5).hex(), (0.1).hex())
try:
    float(10 ** 400)
except OverflowError as e:
    print('OverflowError', e)
