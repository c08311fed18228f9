"""Secure hashes: md5, sha1, sha224, sha256, sha384, sha512.

Design: a hash object keeps the chaining state of its algorithm as bytes
(the words in the order its digest writes them), the bytes of a block not
yet complete, and the message length. Whole blocks go to the native core
`_ingot_hash` (runtime/hash_module.h), which runs the compression function
over them: in Python that loop would be hundreds of times slower. The
padding at the end and everything else is here. sha224 and sha384 are
sha256 and sha512 from other initial values, cut short.
"""
import _ingot_hash

# name: (compression function of _ingot_hash, initial state as hex, digest
# size, block size)
_ALGORITHMS = {
    'md5': (0, '0123456789abcdeffedcba9876543210', 16, 64),
    'sha1': (1, '67452301efcdab8998badcfe10325476c3d2e1f0', 20, 64),
    'sha224': (2, 'c1059ed8367cd5073070dd17f70e5939ffc00b3168581511'
                  '64f98fa7befa4fa4', 28, 64),
    'sha256': (2, '6a09e667bb67ae853c6ef372a54ff53a510e527f9b05688c'
                  '1f83d9ab5be0cd19', 32, 64),
    'sha384': (3, 'cbbb9d5dc1059ed8629a292a367cd5079159015a3070dd17152fecd8f70e5939'
                  '67332667ffc00b318eb44a8768581511db0c2e0d64f98fa747b5481dbefa4fa4', 48, 128),
    'sha512': (3, '6a09e667f3bcc908bb67ae8584caa73b3c6ef372fe94f82ba54ff53a5f1d36f1'
                  '510e527fade682d19b05688c2b3e6c1f1f83d9abfb41bd6b5be0cd19137e2179', 64, 128),
}

algorithms_guaranteed = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}
algorithms_available = {'md5', 'sha1', 'sha224', 'sha256', 'sha384', 'sha512'}


def _data_bytes(data):
    if isinstance(data, str):
        raise TypeError('Strings must be encoded before hashing')
    return bytes(data)


class _Hash:
    """One running hash (what hashlib.md5() and the others return)."""

    def __init__(self, name, data):
        function, initial, digest_size, block_size = _ALGORITHMS[name]
        self.name = name
        self.digest_size = digest_size
        self.block_size = block_size
        self._function = function
        self._state = bytes.fromhex(initial)
        self._pending = b''
        self._length = 0
        self.update(data)

    def update(self, data):
        """Adds data (bytes-like) to the message."""
        data = _data_bytes(data)
        self._length += len(data)
        pending = self._pending + data
        whole = len(pending) - len(pending) % self.block_size
        if whole:
            self._state = _ingot_hash.compress(self._function, self._state, pending[:whole])
        self._pending = pending[whole:]

    def digest(self):
        """The digest of the message so far, as bytes; the hash can go on."""
        # A 1 bit, zeros, then the length in bits in the block's last 8 (md5,
        # sha1, sha256) or 16 (sha512) bytes: little-endian for md5 alone.
        length_size = 16 if self.block_size == 128 else 8
        fill = -(len(self._pending) + 1 + length_size) % self.block_size
        bits = (self._length * 8).to_bytes(length_size, 'little' if self._function == 0 else 'big')
        tail = self._pending + b'\x80' + bytes(fill) + bits
        return _ingot_hash.compress(self._function, self._state, tail)[:self.digest_size]

    def hexdigest(self):
        return self.digest().hex()

    def copy(self):
        """An independent hash of the same message so far."""
        other = _Hash(self.name, b'')
        other._state = self._state
        other._pending = self._pending
        other._length = self._length
        return other


def new(name, data=b'', *, usedforsecurity=True):
    """A hash object of the algorithm called `name` (case-insensitive, as OpenSSL's names)."""
    key = name.lower()
    if key not in _ALGORITHMS:
        raise ValueError('unsupported hash type ' + name)
    return _Hash(key, data)


def _constructor(name):
    def constructor(data=b'', *, usedforsecurity=True):
        return _Hash(name, data)
    return constructor


md5 = _constructor('md5')
sha1 = _constructor('sha1')
sha224 = _constructor('sha224')
sha256 = _constructor('sha256')
sha384 = _constructor('sha384')
sha512 = _constructor('sha512')


def file_digest(fileobj, digest):
    """The hash of what a binary file holds from its position on; `digest` is a name or a constructor."""
    h = new(digest) if isinstance(digest, str) else digest()
    while True:
        chunk = fileobj.read(65536)
        if not chunk:
            break
        h.update(chunk)
    return h
