"""src/stdlib/hmac.py against CPython's hmac (both over CPython's hashlib
here): every digest for keys shorter than, equal to and longer than the
block, incremental updates and copies, the attributes, and compare_digest
with its TypeErrors."""
import hashlib
import hmac

from differential import finish, load, same

ours = load('hmac')
KEYS = [b'', b'k', b'key' * 21 + b'!', b'x' * 64, b'y' * 65, b'z' * 128, b'w' * 129, bytearray(b'ba'), bytes(range(256))]
MESSAGES = [b'', b'The quick brown fox jumps over the lazy dog', b'\x00' * 1000, bytearray(b'abc')]
NAMES = ['md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512', 'SHA256']
for key in KEYS:
    for msg in MESSAGES:
        for name in NAMES:
            same(lambda m, k, s, n: (m.new(k, s, n).hexdigest(), m.digest(k, s, n), m.new(k, s, n).digest()),
                 hmac, ours, key, msg, name)
        same(lambda m, k, s: m.new(k, s, hashlib.sha256).hexdigest(), hmac, ours, key, msg)
        same(lambda m, k, s: m.HMAC(k, s, digestmod=hashlib.md5).hexdigest(), hmac, ours, key, msg)


def incremental(m, name):
    h = m.new(b'secret', digestmod=name)
    h.update(b'part one, ')
    c = h.copy()
    h.update(b'part two')
    c.update(b'other')
    return h.hexdigest(), c.hexdigest(), h.digest(), h.name, h.digest_size, h.block_size, c.name, m.HMAC.blocksize


for name in NAMES[:-1]:
    same(incremental, hmac, ours, name)
same(lambda m: m.new('str key', b'm', 'sha256'), hmac, ours)
same(lambda m: m.new(5, b'm', 'sha256'), hmac, ours)
same(lambda m: m.new(b'k', b'm'), hmac, ours)
same(lambda m: m.new(b'k', 'str msg', 'sha256'), hmac, ours)
same(lambda m: m.new(b'k', b'm', 'nosuch'), hmac, ours)
same(lambda m: (m.trans_5C, m.trans_36, m.digest_size, sorted(n for n in dir(m) if not n.startswith('_'))), hmac, ours)

PAIRS = [(b'abc', b'abc'), (b'abc', b'abd'), (b'abc', b'ab'), (b'', b''), ('abc', 'abc'), ('abc', 'abx'),
         ('é', 'é'), ('a', 'é'), ('a', b'a'), (b'a', 'a'), (1, 2), (1, b'a'), (b'a', None), (bytearray(b'x'), b'x'),
         (memoryview(b'xy'), bytearray(b'xy')), ('', '')]
for a, b in PAIRS:
    same(lambda m, x, y: m.compare_digest(x, y), hmac, ours, a, b)
finish('hmac')
