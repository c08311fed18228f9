# del on an item or slice of an immutable sequence: TypeError, after the
# index is evaluated.
def idx(i):
    print('index', i)
    return i
s, t, b = 'abc', (1, 2, 3), b'xyz'
try:
    del s[idx(0)]
except TypeError as e:
    print('TypeError', e)
try:
    del t[idx(1)]
except TypeError as e:
    print('TypeError', e)
try:
    del b[idx(2)]
except TypeError as e:
    print('TypeError', e)
try:
    del s[idx(0):idx(2)]
except TypeError as e:
    print('TypeError', e)
try:
    del t[::idx(2)]
except TypeError as e:
    print('TypeError', e)
print(s, t, b)
