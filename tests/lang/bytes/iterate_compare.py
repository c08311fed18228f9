data = b'\x00\x10\x20\xff'
print([x for x in data], sum(data), max(data), 65 in b'ABC', b'BC' in b'ABC')
print(sorted([b'b', b'a', b'ab', b'']), b'abc' < b'abd', b'a' < b'ab', b'\xff' > b'\x00')
print(b'a' == 'a', b'abc'[0] == 97, hash(b'') == hash(b''))
checksum = 0
for i, x in enumerate(b'checksum me'):
    checksum = (checksum * 31 + x * (i + 1)) % 65521
print(checksum)
