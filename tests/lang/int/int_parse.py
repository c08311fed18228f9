print(int('ff', 16), int('FF', 16), int('0xff', 16), int('0x1f', 0), int('0o17', 0), int('0b101', 0))
print(int(' 42 '), int('-17'), int('+8'), int('1_000_000'), int('z', 36), int('-ZZ', 36))
print(int('123456789012345678901234567890'), int('1' * 40, 2))
print(int(3.99), int(-3.99), int(1e20), int(True), int('  \t7\n'))
print(int('٣٤'))
for bad in ['', '1.5', '0x', '12a', '1__0', '_1']:
    try:
        int(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    int('9', 8)
except ValueError as e:
    print('ValueError', e)
try:
    int(float('inf'))
except OverflowError as e:
    print('OverflowError', e)
try:
    int(float('nan'))
except ValueError as e:
    print('ValueError', e)
