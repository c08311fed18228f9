a = list(range(8))
a[1:7:2] = 'xyz'
print(a)
a[::-1] = range(8)
print(a)
a[2:2] = [100, 101]
print(a)
a[-2:] = []
print(a)
a[:] = 'new'
print(a)
try:
    a[::2] = [1]
except ValueError as e:
    print('ValueError', e)
b = [0] * 5
b[1:4] = (9 for _ in range(2))
print(b)
