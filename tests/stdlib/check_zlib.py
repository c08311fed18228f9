"""src/stdlib/zlib.py against CPython's zlib: the checksums, and the Python
side of compression over a stand-in for its native core (_ingot_zlib.py
here, on CPython's zlib: the core itself is zlib, tests/lang checks it)."""
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

for data in samples[:8]:
    for level in [-1, 0, 1, 9, 10]:
        same(lambda m: m.compress(data, level), zlib, ours)
    same(lambda m: m.decompress(m.compress(data), bufsize=-1), zlib, ours)
    same(lambda m: m.decompress(zlib.compress(data)[:-2]), zlib, ours)
    same(lambda m: m.decompress(zlib.compress(data, wbits=31), 47), zlib, ours)
    same(lambda m: m.decompress(b'junk' + zlib.compress(data)), zlib, ours)
    same(lambda m: m.compress('text'), zlib, ours)


def streamed(m, data, limit):
    c = m.compressobj(6, m.DEFLATED, -12)
    packed = c.compress(data) + c.flush(m.Z_SYNC_FLUSH) + c.compress(data) + c.flush()
    d = m.decompressobj(-12)
    out = [d.decompress(packed[:len(packed) // 2] + b'', limit), d.unconsumed_tail, d.eof]
    out += [d.decompress(d.unconsumed_tail + packed[len(packed) // 2:] + b'rest'), d.unused_data, d.eof, d.flush()]
    return packed, out


for data in samples[:8]:
    for limit in [0, 1, 100]:
        same(streamed, zlib, ours, data, limit)
same(lambda m: m.decompressobj().decompress(b'x', -1), zlib, ours)
same(lambda m: m.decompressobj().flush(0), zlib, ours)
finish('zlib')
