for v in [0, -12, 3.0, 2.5e-8, 1e21, 123456789012345678901234567890, True, None, 1 + 2j, float('inf')]:
    print(str(v), repr(v), len(str(v)))
print(str(12).zfill(5), str(-3.5).rjust(8, '0'), int('007'), float('007.50'), '%.3s' % 3.14159)
print('3' * 3, int('3' * 3) * 3, '1' + '2', str(1 + 2), '12'.isdigit(), '-12'.lstrip('-').isdigit())
