"""src/stdlib/secrets.py against CPython's secrets: what can be compared
of random results (sizes, types, alphabets, ranges) and the errors."""
import secrets
import string

from differential import finish, load, same

ours = load('secrets')
URLSAFE = set(string.ascii_letters + string.digits + '-_')
for n in [None, 0, 1, 2, 3, 15, 16, 31, 32, 33, 100]:
    same(lambda m, k: (type(m.token_bytes(k)), len(m.token_bytes(k))), secrets, ours, n)
    same(lambda m, k: (len(m.token_hex(k)), set(m.token_hex(k)) <= set('0123456789abcdef')), secrets, ours, n)
    same(lambda m, k: (len(m.token_urlsafe(k)), set(m.token_urlsafe(k)) <= URLSAFE), secrets, ours, n)
for bound in [1, 2, 3, 10, 2 ** 64, 10 ** 30]:
    same(lambda m, b: all(0 <= m.randbelow(b) < b for _ in range(200)), secrets, ours, bound)
    same(lambda m, b: len({m.randbelow(b) for _ in range(300)}) == min(b, 300) or b > 3, secrets, ours, bound)
for bits in [0, 1, 7, 8, 9, 64, 200]:
    same(lambda m, k: all(0 <= m.randbits(k) < 2 ** k for _ in range(100)), secrets, ours, bits)
same(lambda m: m.randbits(-1), secrets, ours)
same(lambda m: m.randbelow(0), secrets, ours)
same(lambda m: m.randbelow(-5), secrets, ours)
same(lambda m: m.choice([]), secrets, ours)
same(lambda m: m.choice(''), secrets, ours)
same(lambda m: {m.choice('abc') for _ in range(300)}, secrets, ours)
same(lambda m: m.choice([7]), secrets, ours)
same(lambda m: (m.compare_digest(b'a', b'a'), m.compare_digest('a', 'b'), m.DEFAULT_ENTROPY), secrets, ours)
same(lambda m: len({m.token_hex() for _ in range(50)}), secrets, ours)
finish('secrets')
