"""hmac: keyed hashing (RFC 2104) over hashlib, and compare_digest, written
from the library reference, with CPython 3.11 as the black box the tests
compare against."""

import hashlib as _hashlib

# The key, padded to the hash's block, is XORed with these bytes for the
# outer and inner hashes (RFC 2104's opad and ipad).
trans_5C = bytes([b ^ 0x5C for b in range(256)])
trans_36 = bytes([b ^ 0x36 for b in range(256)])
digest_size = None


def _ascii(text):
    if not text.isascii():
        raise TypeError('comparing strings with non-ASCII characters is not supported')
    return text.encode('ascii')


def _buffer(x, other):
    """x's bytes, for compare_digest; the TypeError of the C function's
    checks, in its order, where x is not bytes-like."""
    if isinstance(x, (bytes, bytearray, memoryview)):
        return bytes(x)
    if not isinstance(other, (bytes, bytearray, memoryview)):
        raise TypeError("unsupported operand types(s) or combination of types: '%s' and '%s'"
                        % (type(x).__name__, type(other).__name__))
    raise TypeError("a bytes-like object is required, not '%s'" % type(x).__name__)


def compare_digest(a, b):
    """a == b, taking a time that depends on their lengths only (not where
    they differ): both ASCII strs, or both bytes-like."""
    if isinstance(a, str) and isinstance(b, str):
        left, right = _ascii(a), _ascii(b)
    else:
        left, right = _buffer(a, b), _buffer(b, a)
    # Every byte of `right` is visited whatever the contents.
    differences = len(left) ^ len(right)
    if len(left) != len(right):
        left = right
    for x, y in zip(left, right):
        differences |= x ^ y
    return differences == 0


def _hash_maker(digestmod):
    """A function making a fresh hash object from bytes, for a digest name
    ('sha256') or a constructor (hashlib.sha256)."""
    if isinstance(digestmod, str):
        return lambda data=b'': _hashlib.new(digestmod, data)
    return digestmod


class HMAC:
    """One running HMAC: update() adds to the message; digest() and
    hexdigest() answer for the message so far."""

    blocksize = 64  # what very old code read; the hash's own is block_size

    def __init__(self, key, msg=None, digestmod=''):
        if not isinstance(key, (bytes, bytearray)):
            raise TypeError('key: expected bytes or bytearray, but got %r' % type(key).__name__)
        if not digestmod:
            raise TypeError("Missing required parameter 'digestmod'.")
        self._digestmod = digestmod
        make = _hash_maker(digestmod)
        self._outer = make()
        self._inner = make()
        self.digest_size = self._inner.digest_size
        self.block_size = self._inner.block_size
        key = bytes(key)
        if len(key) > self.block_size:
            key = make(key).digest()
        key = key + bytes(self.block_size - len(key))
        self._outer.update(key.translate(trans_5C))
        self._inner.update(key.translate(trans_36))
        if msg is not None:
            self.update(msg)

    @property
    def name(self):
        return 'hmac-' + self._inner.name

    def update(self, msg):
        self._inner.update(msg)

    def copy(self):
        """An independent HMAC of the same key and message so far."""
        other = HMAC(b'', None, self._digestmod)  # its hashes are replaced
        other._outer = self._outer.copy()
        other._inner = self._inner.copy()
        return other

    def digest(self):
        outer = self._outer.copy()
        outer.update(self._inner.digest())
        return outer.digest()

    def hexdigest(self):
        return self.digest().hex()


def new(key, msg=None, digestmod=''):
    """A new HMAC object (see HMAC)."""
    return HMAC(key, msg, digestmod)


def digest(key, msg, digest):
    """The HMAC of the whole message `msg` at once."""
    return HMAC(key, msg, digest).digest()
