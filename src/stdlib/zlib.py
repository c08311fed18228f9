"""zlib: compression in zlib's format, and its checksums.

crc32 and adler32 are computed here (the running value as an unsigned
32-bit int, its start given as the second argument). Compression must give
zlib's own output, bit for bit, which only zlib's deflate gives: compress,
decompress and the Compress and Decompress objects run in zlib itself,
through the native core `_ingot_zlib` (runtime/zlib_module.h); this side
checks arguments and raises the errors the core reports.
"""
import _ingot_zlib

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_DEFAULT_STRATEGY = 0
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_VERSION = '1.2.13'
ZLIB_RUNTIME_VERSION = '1.2.13'


class error(Exception):
    pass


def _check(message):
    """Raises what the native core reported (zlib_module.h), if anything."""
    if message:
        if message.startswith('ValueError: '):
            raise ValueError(message[12:])
        raise error(message)


def _buffer(data):
    """A bytes-like argument as bytes."""
    if isinstance(data, (str, int, float, list, tuple, dict, set)) or data is None:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
    return bytes(data)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    """data compressed in one go: a zlib stream (gzip for wbits 16 + 9..15, raw deflate for -15..-9)."""
    out, message = _ingot_zlib.compress(_buffer(data), level, wbits)
    _check(message)
    return out


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    """What a complete compressed stream holds; anything after its end is ignored."""
    out, message = _ingot_zlib.decompress(_buffer(data), wbits, bufsize)
    _check(message)
    return out


class _Compress:
    """What compressobj() returns: compress() pieces, then flush() the rest."""

    def __init__(self, stream):
        self._stream = stream

    def compress(self, data):
        out, message = _ingot_zlib.compress_more(self._stream, _buffer(data), -1)
        _check(message)
        return out

    def flush(self, mode=Z_FINISH):
        out, message = _ingot_zlib.compress_more(self._stream, b'', mode)
        _check(message)
        return out


class _Decompress:
    """What decompressobj() returns: decompress() pieces of one stream."""

    def __init__(self, stream):
        self._stream = stream
        self.unused_data = b''
        self.unconsumed_tail = b''
        self.eof = False

    def _run(self, data, max_length, flush):
        out, left, unused, eof, message = _ingot_zlib.decompress_more(self._stream, data, max_length, flush)
        _check(message)
        self.unused_data += unused
        # CPython's save_unconsumed_input(): the input left over becomes the
        # tail unless the stream ended, and then only replaces a tail there was.
        if (left and not eof) or self.unconsumed_tail:
            self.unconsumed_tail = left
        if eof:
            self.eof = True
        return out

    def decompress(self, data, max_length=0):
        """What data decompresses to; at most max_length bytes (0: all) and the rest of data in unconsumed_tail."""
        if max_length < 0:
            raise ValueError('max_length must be non-negative')
        return self._run(_buffer(data), max_length, False)

    def flush(self, length=DEF_BUF_SIZE):
        """The output of unconsumed_tail."""
        if length <= 0:
            raise ValueError('length must be greater than zero')
        return self._run(self.unconsumed_tail, 0, True)


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS, memLevel=DEF_MEM_LEVEL,
                strategy=Z_DEFAULT_STRATEGY, zdict=None):
    stream, message = _ingot_zlib.compressor(level, method, wbits, memLevel, strategy,
                                             b'' if zdict is None else _buffer(zdict))
    _check(message)
    return _Compress(stream)


def decompressobj(wbits=MAX_WBITS, zdict=b''):
    stream, message = _ingot_zlib.decompressor(wbits, _buffer(zdict))
    _check(message)
    return _Decompress(stream)



def _crc_table():
    table = []
    for n in range(256):
        c = n
        for _ in range(8):
            c = 0xEDB88320 ^ (c >> 1) if c & 1 else c >> 1
        table.append(c)
    return table


_CRC_TABLE = _crc_table()


def crc32(data, value=0):
    """The CRC-32 of data (bytes-like), continuing from `value`."""
    crc = (value & 0xFFFFFFFF) ^ 0xFFFFFFFF
    for byte in data:
        crc = _CRC_TABLE[(crc ^ byte) & 0xFF] ^ (crc >> 8)
    return crc ^ 0xFFFFFFFF


def adler32(data, value=1):
    """The Adler-32 checksum of data (bytes-like), continuing from `value`."""
    a = value & 0xFFFF
    b = (value >> 16) & 0xFFFF
    for byte in data:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b % 65521) << 16 | a % 65521  # zlib reduces a start value of 65521 or more
