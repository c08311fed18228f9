s = 'hello'
try:
    s[0] = 'H'
except TypeError as e:
    print('TypeError', e)
t = s
s += ' world'
print(s, t, s is not t)
print(s.upper(), s)
print('H' + s[1:], s.replace('h', 'H', 1))
try:
    del s[0]
except TypeError as e:
    print('TypeError', e)
