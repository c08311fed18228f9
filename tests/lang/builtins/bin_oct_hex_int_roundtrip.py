for n in [0, 5, -5, 1023, 2 ** 65 - 1, -(2 ** 33)]:
    forms = [bin(n), oct(n), hex(n)]
    print(n, forms, [int(f, 0) for f in forms] == [n] * 3)
print(int('0B11', 0), int('0O7', 0), int('0XfF', 0), int('1_0', 0), int('00', 0))
try:
    int('010', 0)
except ValueError as e:
    print('ValueError', e)
