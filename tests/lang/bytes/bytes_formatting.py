print(b'%s and %s' % (b'this', b'that'), b'%5d|%-4x|%o' % (42, 255, 8), b'%r' % 'é', b'%a' % 'x')
print(b'ab'.hex(), bytes.fromhex('414243'), b'abc'.upper(), b' x '.strip(), b'a,b'.split(b','))
print(b'hello'.translate(bytes.maketrans(b'el', b'ip')), b'abc'.replace(b'b', b''), b'a\tb'.expandtabs(4))
