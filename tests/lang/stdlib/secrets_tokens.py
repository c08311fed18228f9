# secrets: only properties of the random results are printed.
import secrets
import string

print(len(secrets.token_bytes()), len(secrets.token_bytes(5)), type(secrets.token_bytes(1)).__name__)
print(len(secrets.token_hex()), len(secrets.token_hex(7)), set(secrets.token_hex(64)) <= set(string.hexdigits.lower()))
urlsafe = set(string.ascii_letters + string.digits + '-_')
print(len(secrets.token_urlsafe()), len(secrets.token_urlsafe(10)), set(secrets.token_urlsafe(90)) <= urlsafe)
print(all(0 <= secrets.randbelow(10) < 10 for _ in range(500)), len({secrets.randbelow(3) for _ in range(300)}))
print(all(secrets.randbits(12) < 4096 for _ in range(300)), secrets.randbits(0))
print(secrets.choice(['only']), secrets.choice('abc') in 'abc', len({secrets.choice('xy') for _ in range(200)}))
print(secrets.compare_digest(b'abc', b'abc'), secrets.compare_digest('abc', 'abd'), len({secrets.token_hex() for _ in range(20)}))
for bad in (0, -3):
    try:
        secrets.randbelow(bad)
    except ValueError as e:
        print('ValueError', e)
try:
    secrets.choice([])
except IndexError as e:
    print('IndexError', e)
