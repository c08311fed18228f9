# uuid: parsing and every property, uuid3/uuid5 (deterministic), and what
# uuid4 gives (its properties only).
import uuid

u = uuid.UUID('{12345678-1234-5678-1234-567812345678}')
print(u, repr(u), u.hex, u.int, u.urn, u.is_safe, uuid.SafeUUID.safe.value)
print(u.bytes, u.bytes_le, u.fields, u.time_low, u.time_mid, u.time_hi_version)
print(u.clock_seq_hi_variant, u.clock_seq_low, u.node, u.time, u.clock_seq, u.variant, u.version)
print(uuid.UUID(bytes=u.bytes) == u, uuid.UUID(bytes_le=u.bytes_le) == u, uuid.UUID(fields=u.fields) == u,
      uuid.UUID(int=u.int) == u, uuid.UUID(u.hex, version=4))
print(uuid.uuid3(uuid.NAMESPACE_DNS, 'python.org'), uuid.uuid5(uuid.NAMESPACE_DNS, 'python.org'))
print(uuid.uuid5(uuid.NAMESPACE_URL, 'https://example.com/').version, uuid.NAMESPACE_X500)
a, b = uuid.UUID(int=1), uuid.UUID(int=2)
print(a < b, a == uuid.UUID(int=1), a != b, sorted([b, a]) == [a, b], len({a, b, uuid.UUID(int=1)}), int(b))
for bad in ['123', 'zz345678123456781234567812345678']:
    try:
        uuid.UUID(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    uuid.UUID(int=1 << 128)
except ValueError as e:
    print('ValueError', e)
try:
    a.int = 5
except TypeError as e:
    print('TypeError', e)
r = uuid.uuid4()
print(r.version, r.variant, len(str(r)), str(r)[14], r != uuid.uuid4())
t1, t2 = uuid.uuid1(), uuid.uuid1(node=0xabcdef012345, clock_seq=77)
print(t1.version, t1.node == uuid.getnode(), t1 != t2, t2.node, t2.clock_seq, t2.version, t2.time > t1.time)
