s = 'naïve ☕'
b = s.encode()
print(b, list(b), len(s), len(b), b.decode() == s)
print(str(b), str(b, 'utf-8'), bytes(s, 'utf-8') == b)
print(memoryview(b'abc')[1], bytes(memoryview(b'xyz')[::2]))
print(b'AbC'.lower().decode(), b'%x' % 255, b'%05d' % 42, b'%c' % 65)
print(bytes(bytearray(b'zz')), bytearray('ab', 'ascii'), b'a b'.split(b' ', 1))
