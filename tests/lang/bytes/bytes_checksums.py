import zlib, hashlib, binascii
data = b'The quick brown fox jumps over the lazy dog'
print(zlib.crc32(data), zlib.adler32(data), hashlib.md5(data).hexdigest(), hashlib.sha256(data).hexdigest()[:16])
comp = zlib.compress(data * 10)
print(len(comp) < len(data * 10), zlib.decompress(comp) == data * 10)
import base64
print(base64.b64encode(data)[:20], base64.b64decode(base64.b64encode(b'\x00\xff')), binascii.hexlify(b'\x01\xab'))
