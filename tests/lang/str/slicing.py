s = 'abcdefghij'
print(s[2:5], s[:3], s[7:], s[-3:], s[:-3], s[::2], s[1::3], s[::-2], s[8:2:-2], s[100:], s[-100:3])
print(s[5:2], s[-1:-4:-1], s[3:3], repr(s[10:]), s[slice(1, 8, 3)])
t = 'αβγδε'
print(t[1:4], t[::-1], t[-2:], t[4], t[:0] == '')
try:
    s[10]
except IndexError as e:
    print('IndexError', e)
try:
    s[::0]
except ValueError as e:
    print('ValueError', e)
