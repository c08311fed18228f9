b = b'hello\x00\xff\n\t\\\'"'
print(b, len(b), b[0], b[-1], b[1:4], list(b[:3]))
print(bytes(5), bytes([65, 66, 67]), bytes(range(250, 256)), bytes('é', 'utf-8'), b'' == bytes())
print(repr(b"it's"), repr(b'"q"'), repr(b'both\'"'), b'\x7f\x80'.hex(), bytes.fromhex('de ad BE EF'))
print(type(b[0]).__name__, b[::-1][:3], b'abc' * 2, b'ab' + b'cd')
