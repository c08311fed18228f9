"""src/stdlib/struct.py against CPython's struct: the bytes packed, the
values unpacked, and the errors, for every format code and byte order."""
import math
import random
import struct

from differential import finish, load, same

ours = load('struct')


def pack(m, fmt, *values):
    return m.pack(fmt, *values)


def round_trip(m, fmt, *values):
    data = m.pack(fmt, *values)
    return data, repr(m.unpack(fmt, data)), m.calcsize(fmt)


INTS = {'b': 8, 'h': 16, 'i': 32, 'l': 64, 'q': 64, 'n': 64}
rng = random.Random(5)
for order in ['', '@', '<', '>', '!', '=']:
    for code in 'bBhHiIlLqQnN':
        if order not in ('', '@') and code in 'nN':
            same(lambda m: m.calcsize(order + code), struct, ours)
            continue
        bits = struct.calcsize(order + code) * 8
        signed = code.islower()
        edges = [0, 1, -1, (1 << (bits - 1)) - 1, -(1 << (bits - 1)), (1 << bits) - 1, 1 << bits, -(1 << bits)]
        for v in edges + [rng.randrange(-(1 << bits), 1 << bits) for _ in range(20)]:
            same(round_trip, struct, ours, order + code, v)
        same(pack, struct, ours, order + code, 1.5)
        same(pack, struct, ours, order + code, 'x')
    floats = [0.0, -0.0, 1.0, -2.5, 0.1, 1e300, -1e-300, 5e-324, 65504.0, 65520.0, 6e-8, 3e-8, 1e-45, 3.4e38,
              3.5e38, math.inf, -math.inf, math.nan, 2 ** -14, 2 ** -24, 1 + 2 ** -11, 1 + 3 * 2 ** -11]
    floats += [rng.uniform(-1e6, 1e6) for _ in range(40)] + [rng.uniform(-1, 1) * 10.0 ** rng.randint(-45, 40) for _ in range(60)]
    for code in 'efd':
        for x in floats:
            same(round_trip, struct, ours, order + code, x)
        same(pack, struct, ours, order + code, 3)
        same(pack, struct, ours, order + code, 'x')
    for fmt, values in [('?', (0,)), ('?', ([1],)), ('c', (b'a',)), ('c', (b'ab',)), ('c', ('a',)), ('3s', (b'ab',)),
                        ('2s', (b'abc',)), ('0s', (b'a',)), ('5p', (b'abc',)), ('2p', (b'abc',)), ('s', ('x',)),
                        ('bxhxxi', (1, 2, 3)), ('3b2H', (1, 2, 3, 4, 5)), ('cbid', (b'z', -1, 7, 0.5)), ('ii', (1,)),
                        ('i', (1, 2)), (' i 2h ', (1, 2, 3)), ('qb', (1, 2)), ('bq', (1, 2)), ('4x', ())]:
        same(round_trip, struct, ours, order + fmt, *values)
for fmt in ['z', '3', 'i3', '<P', '>n', 'P', '0i', b'<2h', '10s5p', 'ci', 'ic', 'dc', '']:
    same(lambda m: m.calcsize(fmt), struct, ours)
data = bytes(range(40))
for fmt in ['<i', '>hh', 'bd', '<3sI', '>?q']:
    same(lambda m: m.unpack(fmt, data[:m.calcsize(fmt)]), struct, ours)
    same(lambda m: m.unpack(fmt, data), struct, ours)
    for offset in [0, 3, 30, -8, -50]:
        same(lambda m: m.unpack_from(fmt, data, offset), struct, ours)
    same(lambda m: list(m.iter_unpack(fmt, data[:m.calcsize(fmt) * 3])), struct, ours)
    same(lambda m: list(m.iter_unpack(fmt, data[:m.calcsize(fmt) * 3 + 1])), struct, ours)
same(lambda m: m.unpack('<I', bytearray(b'\x01\x02\x03\x04')), struct, ours)
same(lambda m: m.iter_unpack('', b''), struct, ours)
same(lambda m: m.unpack_from('<h', data), struct, ours)
finish('struct')
