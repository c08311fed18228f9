x = 10 ** 4000
print(len(str(x)))
try:
    s = str(10 ** 5000)
    print('converted', len(s))
except ValueError as e:
    print('ValueError', str(e)[:40])
print(len(hex(10 ** 5000)))
