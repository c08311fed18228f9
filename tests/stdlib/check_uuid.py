"""src/stdlib/uuid.py against CPython's uuid: UUIDs made every way (good
and malformed input), every property, comparisons and hashing, versions
forced, uuid3/uuid5 in each namespace, and what uuid4 gives."""
import uuid

from differential import finish, load, same

ours = load('uuid')
PROPS = ['int', 'hex', 'urn', 'bytes', 'bytes_le', 'fields', 'time_low', 'time_mid', 'time_hi_version',
         'clock_seq_hi_variant', 'clock_seq_low', 'node', 'time', 'clock_seq', 'variant', 'version']


def describe(u):
    return [str(u), repr(u), int(u), hash(u) == hash(u.int)] + [getattr(u, p) for p in PROPS]


HEXES = ['12345678-1234-5678-1234-567812345678', '{12345678-1234-5678-1234-567812345678}',
         'urn:uuid:12345678-1234-5678-1234-567812345678', '12345678123456781234567812345678',
         '00000000-0000-0000-0000-000000000000', 'ffffffff-ffff-ffff-ffff-ffffffffffff', 'FFFFFFFF' * 4,
         '6ba7b810-9dad-11d1-80b4-00c04fd430c8', 'c232ab00-9414-11ec-b3c8-9f6bdeced846', '123', '',
         '12345678-1234-5678-1234-56781234567g', '1234567812345678123456781234567', 'uuid:' + '0' * 32,
         '{{' + 'a' * 32 + '}}', '-'.join(['a' * 8] * 4), 'e0b5' * 8, '2d8b' + '0' * 12 + 'c0de' + '7' * 12]
for text in HEXES:
    same(lambda m, t: describe(m.UUID(t)), uuid, ours, text)
    for version in (1, 3, 4, 5):
        same(lambda m, t, v: describe(m.UUID(t, version=v)), uuid, ours, text, version)
for number in [0, 1, 2 ** 128 - 1, 2 ** 128, -1, 0x8000 << 48, 0xc000 << 48, 0xe000 << 48, 0x4000 << 48,
               12345678901234567890123456789]:
    same(lambda m, n: describe(m.UUID(int=n)), uuid, ours, number)
for data in [bytes(16), bytes(range(16)), b'\xff' * 16, b'short', bytes(17)]:
    same(lambda m, b: describe(m.UUID(bytes=b)), uuid, ours, data)
    same(lambda m, b: describe(m.UUID(bytes_le=b)), uuid, ours, data)
for fields in [(0, 0, 0, 0, 0, 0), (1, 2, 3, 4, 5, 6), (2 ** 32 - 1, 2 ** 16 - 1, 2 ** 16 - 1, 255, 255, 2 ** 48 - 1),
               (2 ** 32, 0, 0, 0, 0, 0), (0, 2 ** 16, 0, 0, 0, 0), (0, 0, -1, 0, 0, 0), (0, 0, 0, 256, 0, 0),
               (0, 0, 0, 0, 256, 0), (0, 0, 0, 0, 0, 2 ** 48), (1, 2, 3)]:
    same(lambda m, f: describe(m.UUID(fields=f)), uuid, ours, fields)
same(lambda m: m.UUID(), uuid, ours)
same(lambda m: m.UUID('0' * 32, int=0), uuid, ours)
same(lambda m: m.UUID(int=0, version=0), uuid, ours)
same(lambda m: m.UUID(int=0, version=6), uuid, ours)


def immutable(m):
    u = m.UUID(int=5)
    u.int = 7


same(immutable, uuid, ours)


def ordering(m):
    a, b, c = m.UUID(int=1), m.UUID(int=2), m.UUID(int=1)
    return (a == c, a != b, a < b, a <= c, b > a, b >= a, a == 1, a != 'x', sorted([b, a, c]) == [a, c, b],
            len({a, b, c}), m.UUID(int=1).is_safe.name)


same(ordering, uuid, ours)
same(lambda m: m.UUID(int=1) < 2, uuid, ours)
NAMES = ['python.org', 'http://python.org/', '', 'é', b'bytes name', '1.3.6.1', 'cn=x']
for space in ['NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID', 'NAMESPACE_X500']:
    for name in NAMES:
        same(lambda m, s, n: describe(m.uuid3(getattr(m, s), n)), uuid, ours, space, name)
        same(lambda m, s, n: describe(m.uuid5(getattr(m, s), n)), uuid, ours, space, name)
same(lambda m: [(u.version, u.variant, len(str(u)), str(u)[14]) for u in [m.uuid4() for _ in range(20)]],
     uuid, ours)
same(lambda m: len({m.uuid4() for _ in range(100)}), uuid, ours)
same(lambda m: (m.RESERVED_NCS, m.RFC_4122, m.RESERVED_MICROSOFT, m.RESERVED_FUTURE,
                [(s.name, s.value) for s in m.SafeUUID]), uuid, ours)


def time_based(m, node, clock_seq):
    import time
    before = time.time_ns() // 100 + 0x01b21dd213814000
    made = [m.uuid1(node, clock_seq) for _ in range(50)]
    after = time.time_ns() // 100 + 0x01b21dd213814000 + 50
    u = made[0]
    return (u.version, u.variant, node is None or u.node == node, clock_seq is None or u.clock_seq == clock_seq,
            all(before <= x.time <= after for x in made), len(set(made)), m.getnode() == m.getnode(),
            0 <= m.getnode() < 1 << 48)


for node, clock_seq in [(None, None), (0x123456789abc, 0x1234), (1, 0), (None, 0x3fff)]:
    same(time_based, uuid, ours, node, clock_seq)
finish('uuid')
