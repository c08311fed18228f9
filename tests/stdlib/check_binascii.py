"""src/stdlib/binascii.py against CPython's binascii."""
import binascii
import random

from differential import finish, load, same

ours = load('binascii')
rng = random.Random(5)
samples = [b'', b'a', b'ab', b'abc', b'abcd', bytes(range(256)), bytearray(b'xyz\x00\xff')]
samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(100))) for _ in range(30)]
for data in samples:
    same(lambda m: m.hexlify(data), binascii, ours)
    same(lambda m: m.b2a_hex(data, '-'), binascii, ours)
    for per in [1, 2, -2, 3]:
        same(lambda m: m.hexlify(data, b':', per), binascii, ours)
    same(lambda m: m.unhexlify(m.hexlify(data)), binascii, ours)
    same(lambda m: m.unhexlify(m.hexlify(data).upper().decode()), binascii, ours)
    same(lambda m: m.b2a_base64(data), binascii, ours)
    same(lambda m: m.b2a_base64(data, newline=False), binascii, ours)
    same(lambda m: m.a2b_base64(m.b2a_base64(data)), binascii, ours)
    same(lambda m: m.crc32(data), binascii, ours)
    same(lambda m: m.crc32(data, 77), binascii, ours)
    same(lambda m: m.crc_hqx(data, 0), binascii, ours)
    same(lambda m: m.crc_hqx(data, 0xABCD), binascii, ours)
# Base64 text with noise, truncation and stray padding, strict or not.
alphabet = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/=\n !-_'
texts = [b'', b'=', b'==', b'a', b'ab', b'abc', b'abcd', b'ab==', b'ab=c', b'abc=', b'a===', b'ab=', b'abcd=',
         b'abcd==', b'YWJj\nZGVm', b'YW Jj', b'=YWJj', b'YWJj====x', 'YWJj', 'Y\xe9Jj']
texts += [bytes(rng.choice(alphabet) for _ in range(rng.randrange(12))) for _ in range(300)]
for text in texts:
    same(lambda m: m.a2b_base64(text), binascii, ours)
    same(lambda m: m.a2b_base64(text, strict_mode=True), binascii, ours)
for text in [b'', b'0', b'0g', b'aB', b'ABCDEF', '12', b'1 2', 'é0']:
    same(lambda m: m.unhexlify(text), binascii, ours)
same(lambda m: issubclass(m.Error, ValueError), binascii, ours)
finish('binascii')
