# A token format: a payload packed with struct, checksummed, encoded as
# urlsafe base64 without padding, and decoded back; the other encodings of
# base64 and binascii on the same bytes.
import base64
import binascii
import struct
import zlib


def make_token(user_id, expires, name):
    body = struct.pack('>IQ', user_id, expires) + name.encode('utf-8')
    body += struct.pack('>I', zlib.crc32(body))
    return base64.urlsafe_b64encode(body).rstrip(b'=').decode('ascii')


def read_token(token):
    padded = token + '=' * (-len(token) % 4)
    body = base64.urlsafe_b64decode(padded)
    payload, check = body[:-4], struct.unpack('>I', body[-4:])[0]
    if zlib.crc32(payload) != check:
        raise ValueError('bad checksum')
    user_id, expires = struct.unpack('>IQ', payload[:12])
    return user_id, expires, payload[12:].decode('utf-8')


for args in [(1, 1700000000, 'ann'), (4294967295, 0, 'zoë ☕'), (77, 2 ** 63, '')]:
    token = make_token(*args)
    print(token, read_token(token))

data = b'any carnal pleas\xff\xfe'
print(base64.b64encode(data), base64.b64encode(data, b'-_'), base64.standard_b64encode(b'x'))
print(base64.b32encode(data), base64.b32hexencode(data), base64.b16encode(data))
print(base64.b32decode(base64.b32encode(data)) == data, base64.b16decode(b'ff00', casefold=True))
print(base64.encodebytes(data * 5))
print(base64.decodebytes(base64.encodebytes(data * 5)) == data * 5)
print(base64.b64decode('YW55\nIGNh cm5h==='), base64.b64decode(b'YWJj'))
print(binascii.hexlify(data), binascii.hexlify(data, '-', 4), binascii.unhexlify('DEADbeef'))
print(binascii.b2a_base64(data), binascii.a2b_base64(b'YWJjZA=='), binascii.crc32(data), binascii.crc_hqx(data, 0))
for bad in [b'YWJjZ', b'YW=Jj', b'=YWJj']:
    for validate in [False, True]:
        try:
            print(base64.b64decode(bad, validate=validate))
        except binascii.Error as e:
            print('binascii.Error', e)
for bad in ['abc', 'zz']:
    try:
        binascii.unhexlify(bad)
    except ValueError as e:
        print(type(e).__name__, e)
try:
    base64.b32decode(b'MFRA')
except binascii.Error as e:
    print('binascii.Error', e)
