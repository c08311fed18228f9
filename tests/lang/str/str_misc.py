print(str(), str(12), str(-3.5), str([1, 'a']), str(None), str(True), str(b'x'), str((1,)))
print('%s|%5s|%-5s|' % ('a', 'b', 'c'))
table = str.maketrans('abc', 'xyz', 'd')
print('abcdabcd'.translate(table), 'hello'.translate({ord('l'): None, ord('o'): '0'}))
print('hello'[1:].upper().center(10, '.'), 'x'.join(str(i) for i in range(5)))
s = 'The quick brown fox'
print(s.split()[::-1], ' '.join(w[::-1] for w in s.split()), len(s.split()))
print('abc'.encode(), 'abc'.__len__(), 'a,b'.split(',', maxsplit=1), 'ABC'.lower().upper())
print(ord('A'), chr(97), chr(0x10FFFF) == '\U0010ffff', min('hello'), max('hello'))
