# Digests of messages of every length around the block boundaries, fed
# whole and in pieces, with copies taken half-way.
import hashlib
import random

rng = random.Random(11)
names = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512']
for name in names:
    h = hashlib.new(name)
    print(name, h.name, h.digest_size, h.block_size, h.hexdigest())

lengths = [0, 1, 3, 55, 56, 57, 63, 64, 65, 111, 112, 113, 127, 128, 129, 200, 1000]
for n in lengths:
    data = bytes(rng.randrange(256) for _ in range(n))
    line = []
    for name in names:
        whole = hashlib.new(name, data).hexdigest()
        h = hashlib.new(name)
        cut = rng.randrange(n + 1)
        h.update(data[:cut])
        early = h.copy()
        h.update(bytearray(data[cut:]))
        assert h.hexdigest() == whole
        assert early.hexdigest() == hashlib.new(name, data[:cut]).hexdigest()
        line.append(whole[:12])
    print(n, ' '.join(line))

# A few MB through update(), as a file checksum would.
big = hashlib.sha256()
chunk = bytes(range(256)) * 256
for _ in range(40):
    big.update(chunk)
print(big.hexdigest(), len(big.digest()))
print(hashlib.md5(b'abc').digest(), hashlib.sha1(b'abc').hexdigest(), hashlib.sha224(b'abc').hexdigest()[:8])
print(hashlib.sha256(b'abc').hexdigest()[:8], hashlib.sha384(b'abc').hexdigest()[:8], hashlib.sha512(b'abc').hexdigest()[:8])
print(sorted(n for n in hashlib.algorithms_guaranteed if n in names), 'md5' in hashlib.algorithms_available)
try:
    hashlib.new('nope')
except ValueError as e:
    print('ValueError', e)
try:
    hashlib.sha256('text')
except TypeError as e:
    print('TypeError', e)
