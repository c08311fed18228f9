print(hash(b'x') == hash(b'x'), bytearray(b'x') == b'x')
print(hash(bytearray(b'x')))
