data = {'user': 'ann', 'n': 3, 'ratio': 0.4567, 'items': ['a', 'b']}
print('%(user)s has %(n)03d items (%(ratio).1f%%): %(items)s' % data)
print('%(user)r %(n)x %(ratio)e' % data)
print('%s' % 'just one', '%s' % ((1, 2),), '%-6s|' % None, '%5.1s|' % 'abc', '%c%c' % ('o', 107))
print('%#x %#o %#X' % (0, 0, 255), '%+.2e' % -0.0, '%g' % 1e-5, '%g' % 123456789, '%.3g' % 0.0001234)
