s = 'one,two,,three,two'
print(s.split(','), s.split(',', 2), s.rsplit(',', 1), 'a b  c\td\n'.split(), '  '.split(), ''.split(','))
print(s.find('two'), s.rfind('two'), s.find('zz'), s.index('three'), s.count('two'), s.count(''))
print(s.startswith('one'), s.endswith(('x', 'two')), s.startswith('two', 4), s.replace('two', '2'), s.replace('two', '2', 1))
print(s.partition(','), s.rpartition(','), s.partition('zz'))
print('a\nb\r\nc\rd'.splitlines(), 'a\nb\n'.splitlines(True), '-'.join(['x', 'y', 'z']), ''.join([]))
try:
    s.index('nope')
except ValueError as e:
    print('ValueError', e)
print('Mississippi'.split('ss'), 'aaa'.replace('a', 'bb'), 'abc'.replace('', '-'))
