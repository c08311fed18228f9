"""src/stdlib/zlib.py's checksums against CPython's zlib."""
import random
import zlib

from differential import finish, load, same

ours = load('zlib')
rng = random.Random(3)
samples = [b'', b'a', b'The quick brown fox jumps over the lazy dog', bytes(range(256)) * 3, bytearray(b'xyz')]
samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(2000))) for _ in range(20)]
for data in samples:
    same(lambda m: m.crc32(data), zlib, ours)
    same(lambda m: m.adler32(data), zlib, ours)
    for start in [0, 1, 12345, 0xFFFFFFFF, 1 << 40, -1]:
        same(lambda m: m.crc32(data, start), zlib, ours)
        same(lambda m: m.adler32(data, start), zlib, ours)
    same(lambda m: m.crc32(data[10:], m.crc32(data[:10])), zlib, ours)
    same(lambda m: m.adler32(data[7:], m.adler32(data[:7])), zlib, ours)
finish('zlib')
