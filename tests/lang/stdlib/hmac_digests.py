# hmac: digests of each hash, keys longer than the block, updates, copies,
# and compare_digest.
import hashlib
import hmac

for name in ['md5', 'sha1', 'sha256', 'sha512']:
    h = hmac.new(b'key', b'The quick brown fox jumps over the lazy dog', name)
    print(h.name, h.digest_size, h.block_size, h.hexdigest())
print(hmac.new(b'k' * 200, b'msg', hashlib.sha256).hexdigest())
print(hmac.digest(b'key', b'msg', 'sha1').hex())
h = hmac.new(b'secret', digestmod='sha256')
h.update(b'part one ')
c = h.copy()
h.update(b'part two')
print(h.hexdigest(), c.hexdigest())
print(hmac.compare_digest(h.digest(), hmac.new(b'secret', b'part one part two', 'sha256').digest()))
print(hmac.compare_digest('abc', 'abc'), hmac.compare_digest(b'abc', b'ab'))
for args in [('a', b'a'), ('é', 'e')]:
    try:
        hmac.compare_digest(args[0], args[1])
    except TypeError as e:
        print('TypeError', e)
try:
    hmac.new(b'key', b'msg')
except TypeError as e:
    print('TypeError', e)
