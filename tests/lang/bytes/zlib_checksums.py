import zlib
data = b'The quick brown fox jumps over the lazy dog'
print(zlib.crc32(data), zlib.adler32(data), zlib.crc32(b''), zlib.adler32(b''))
print(zlib.crc32(data[10:], zlib.crc32(data[:10])) == zlib.crc32(data), zlib.adler32(bytearray(b'abc'), 7))
print(hex(zlib.crc32(bytes(range(256)) * 4)), zlib.adler32(b'x' * 10000))
