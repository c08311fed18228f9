"""A stand-in for ingot's native `_ingot_zlib` (src/runtime/zlib_module.h)
under CPython, on CPython's own zlib, so that check_zlib.py can load
src/stdlib/zlib.py: it returns the core's (result, message) tuples."""
import zlib

_streams = []


def _message(e):
    return ('ValueError: ' if isinstance(e, ValueError) else '') + str(e)


def compress(data, level, wbits):
    try:
        return zlib.compress(data, level, wbits), ''
    except (zlib.error, ValueError) as e:
        return b'', _message(e)


def decompress(data, wbits, bufsize):
    try:
        return zlib.decompress(data, wbits, bufsize), ''
    except (zlib.error, ValueError) as e:
        return b'', _message(e)


def compressor(level, method, wbits, memlevel, strategy, zdict):
    try:
        if zdict:
            _streams.append(zlib.compressobj(level, method, wbits, memlevel, strategy, zdict))
        else:
            _streams.append(zlib.compressobj(level, method, wbits, memlevel, strategy))
    except (zlib.error, ValueError) as e:
        return -1, _message(e)
    return len(_streams) - 1, ''


def decompressor(wbits, zdict):
    try:
        _streams.append(zlib.decompressobj(wbits, zdict))
    except (zlib.error, ValueError) as e:
        return -1, _message(e)
    return len(_streams) - 1, ''


def compress_more(stream, data, mode):
    try:
        s = _streams[stream]
        return (s.compress(data) if mode < 0 else s.flush(mode)), ''
    except (zlib.error, ValueError) as e:
        return b'', _message(e)


def decompress_more(stream, data, max_length, flush):
    s = _streams[stream]
    unused = len(s.unused_data)
    try:
        out = s.flush() if flush else s.decompress(data, max_length)
    except (zlib.error, ValueError) as e:
        return b'', b'', b'', False, _message(e)
    return out, s.unconsumed_tail, s.unused_data[unused:], s.eof, ''
