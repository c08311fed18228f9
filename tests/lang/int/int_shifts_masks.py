x = 0xDEADBEEFCAFEBABE1234
print(hex(x >> 64), hex(x & 0xFFFFFFFF), hex(x | (1 << 100)), hex(x ^ x), x >> 1000, (-x) >> 1000)
mask = (1 << 64) - 1
h = 0
for c in b'hash me please':
    h = ((h * 31) + c) & mask
print(h, hex(h), h.bit_length())
def rotl(v, r, bits=32):
    return ((v << r) | (v >> (bits - r))) & ((1 << bits) - 1)
print([rotl(0x80000001, r) for r in range(4)])
print(-5 & 0xFF, -5 | 0, ~0, ~-1, -1 ^ 0xF, (-2 ** 65) & 0xFFFF, (-2 ** 65) >> 60)
