import struct
packed = struct.pack('<hHiIqQ', -2, 65535, -7, 4000000000, -(1 << 40), 1 << 63)
print(packed.hex(), struct.calcsize('<hHiIqQ'), struct.unpack('<hHiIqQ', packed))
print(struct.pack('>d', 1.5), struct.pack('<f', 0.1), struct.unpack('>f', struct.pack('>f', 3.14)), struct.pack('<e', -2.5))
print(struct.pack('@bi', 1, 2), struct.calcsize('@bi'), struct.calcsize('=bi'), struct.pack('3s2xc?', b'ab', b'z', 5))
print(struct.unpack_from('>H', b'\x00\x01\x02\x03', 2), [t for t in struct.iter_unpack('<bB', b'\xff\xff\x01\x02')])
print(struct.pack('!I', 0xDEADBEEF), struct.unpack('5p', struct.pack('5p', b'hello')), struct.unpack('<?', b'\x02'))
for fmt, values in [('<b', (200,)), ('<H', (-1,)), ('>q', (1 << 64,)), ('<f', (1e300,)), ('i', ('x',)), ('ii', (1,)),
                    ('z', ()), ('<I', (1 << 32,))]:
    try:
        struct.pack(fmt, *values)
    except (struct.error, OverflowError) as e:
        print(type(e).__name__, e)
try:
    struct.unpack('<i', b'abc')
except struct.error as e:
    print('error', e)
