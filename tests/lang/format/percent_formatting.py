print('%d %i %s %r %%' % (42, -3, 'str', 'repr'))
print('%5d|%-5d|%05d|%+d|% d|%x|%X|%#x|%o|%#o' % (42, 42, 42, 42, 42, 255, 255, 255, 8, 8))
print('%f|%.2f|%10.3f|%-10.1f|%e|%.3E|%g|%G|%.2g' % (3.14159, 3.14159, 3.14159, 3.14159, 12345.678, 12345.678, 0.00001234, 1e20, 1234.5))
print('%s|%10s|%-10s|%.2s|%c|%c' % ('abc', 'abc', 'abc', 'abc', 'z', 65))
print('%(name)s is %(age)d years' % {'name': 'Ann', 'age': 30})
print('%*d|%-*d|%.*f' % (6, 42, 6, 42, 2, 3.14159))
print('%s' % (1,), '%s' % [1, 2], '%s %s' % ('a', None), '%r' % 'é', '%a' % 'é', '%d' % 3.99, '%d' % True)
print('%5.1f%%' % 99.44, '%i items' % 3, '%.0f' % 2.5, '%.0f' % 3.5, '%x' % -255)
for bad in [('%d', 'x'), ('%s %s', ('a',)), ('%s', ('a', 'b')), ('%z', 1)]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
