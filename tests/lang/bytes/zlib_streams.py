# zlib's formats end to end: one-shot and streamed compression at several
# levels, gzip and raw wrappers, bounded decompression, and the errors.
import zlib

text = ('\n'.join('line %d: %s' % (i, 'spam ' * (i % 7)) for i in range(400))).encode()
for level in [0, 1, 6, 9]:
    packed = zlib.compress(text, level)
    print(level, len(packed), zlib.crc32(packed), zlib.decompress(packed) == text)
print(zlib.compress(b'hello'), zlib.compress(b'hello', wbits=-15), zlib.compress(b'', 9))
gz = zlib.compress(text, 6, 31)
print(gz[:3], zlib.decompress(gz, 31) == text, zlib.decompress(gz, 47) == text)

c = zlib.compressobj(9, zlib.DEFLATED, -zlib.MAX_WBITS)
parts = [c.compress(text[i:i + 1000]) for i in range(0, len(text), 1000)]
parts.append(c.flush())
stream = b''.join(parts)
print(len(parts), [len(p) for p in parts], len(stream))

d = zlib.decompressobj(-zlib.MAX_WBITS)
out = []
pending = stream + b'TRAILER'
while pending and not d.eof:
    out.append(d.decompress(pending, 4096))
    pending = d.unconsumed_tail
out.append(d.flush())
print(len(out), b''.join(out) == text, d.eof, d.unused_data, d.unconsumed_tail)

c = zlib.compressobj()
first = c.compress(b'abc' * 100) + c.flush(zlib.Z_SYNC_FLUSH)
d = zlib.decompressobj()
print(first[-4:], d.decompress(first) == b'abc' * 100, d.eof)
rest = c.compress(b'xyz') + c.flush()
print(d.decompress(rest), d.eof)

for bad, kwargs in [(b'not zlib', {}), (zlib.compress(text)[:50], {}), (b'', {}), (zlib.compress(b'x'), {'bufsize': -1})]:
    try:
        zlib.decompress(bad, **kwargs)
    except zlib.error as e:
        print('zlib.error', e)
    except ValueError as e:
        print('ValueError', e)
try:
    zlib.compress(b'x', 12)
except zlib.error as e:
    print('zlib.error', e)
try:
    c.compress(b'more')
except zlib.error as e:
    print('zlib.error', e)
print(zlib.MAX_WBITS, zlib.DEFLATED, zlib.Z_BEST_COMPRESSION, zlib.Z_DEFAULT_COMPRESSION, zlib.ZLIB_VERSION)
