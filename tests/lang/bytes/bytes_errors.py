try:
    bytes([256])
except ValueError as e:
    print('ValueError', e)
try:
    b'a' + 'b'
except TypeError as e:
    print('TypeError', e)
try:
    b = b'abc'
    b[0] = 1
except TypeError as e:
    print('TypeError', e)
try:
    bytes('é')
except TypeError as e:
    print('TypeError', e)
try:
    bytes.fromhex('zz')
except ValueError as e:
    print('ValueError', e)
print(int.from_bytes(b'\x00\x01', 'big'), b'%d-%s' % (5, b'x'))
