vals = [0, 1, -1, 5, -5, 255, -256, 2 ** 70, -(2 ** 70) + 3]
for a in vals:
    print(a, ~a, a << 3, a >> 2, a & 0xFF, a | 0x10, a ^ -1)
print(-1 >> 100, 1 << 100, -(1 << 100) >> 99)
print((2 ** 100) & (2 ** 100 - 1), (2 ** 100) | 1, (2 ** 100) ^ (2 ** 99))
for v in (0, 1, 255, 256, -256, 2 ** 64, -(2 ** 64)):
    print(v.bit_length(), v.bit_count())
try:
    1 << -1
except ValueError as e:
    print('ValueError', e)
