"""src/stdlib/base64.py against CPython's base64."""
import base64
import random

from differential import finish, load, same

ours = load('base64')
rng = random.Random(7)
samples = [b'', b'a', b'ab', b'abc', b'abcd', b'abcde', bytes(range(256)), bytearray(b'\xfb\xff\xfe')]
samples += [bytes(rng.randrange(256) for _ in range(rng.randrange(80))) for _ in range(40)]
for data in samples:
    for name in ['b64encode', 'standard_b64encode', 'urlsafe_b64encode', 'b32encode', 'b32hexencode', 'b16encode',
                 'encodebytes']:
        same(lambda m: getattr(m, name)(data), base64, ours)
    same(lambda m: m.b64encode(data, b'*!'), base64, ours)
    same(lambda m: m.b64decode(base64.b64encode(data)), base64, ours)
    same(lambda m: m.b64decode(base64.b64encode(data).decode()), base64, ours)
    same(lambda m: m.b64decode(base64.b64encode(data, b'-_'), b'-_'), base64, ours)
    same(lambda m: m.urlsafe_b64decode(base64.urlsafe_b64encode(data)), base64, ours)
    same(lambda m: m.standard_b64decode(base64.b64encode(data)), base64, ours)
    same(lambda m: m.decodebytes(base64.encodebytes(data)), base64, ours)
    same(lambda m: m.b32decode(base64.b32encode(data)), base64, ours)
    same(lambda m: m.b32decode(base64.b32encode(data).lower(), True), base64, ours)
    same(lambda m: m.b32hexdecode(base64.b32hexencode(data)), base64, ours)
    same(lambda m: m.b16decode(base64.b16encode(data)), base64, ours)
    same(lambda m: m.b16decode(base64.b16encode(data).lower(), True), base64, ours)
alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567abcdef01=+/ \n'
texts = [''.join(rng.choice(alphabet) for _ in range(rng.choice([0, 4, 8, 16, 7]))) for _ in range(300)]
texts += ['MFRA====', 'MFRA', 'MFRGG===', 'ME======', 'M=======', '========', 'O1======', 'ab', 'AB', 'A', 'GG',
          'YWJj', 'YWJ', 'YW=j', 'Y\xe9', b'YWJj\n']
for text in texts:
    same(lambda m: m.b64decode(text), base64, ours)
    same(lambda m: m.b64decode(text, validate=True), base64, ours)
    same(lambda m: m.b32decode(text), base64, ours)
    same(lambda m: m.b32decode(text, map01='L'), base64, ours)
    same(lambda m: m.b32hexdecode(text, True), base64, ours)
    same(lambda m: m.b16decode(text), base64, ours)
finish('base64')
