"""Conversions between Python values and C structs packed in bytes.

CPython runs its C version (_struct); this follows it: the native ('@')
sizes and alignment of x86-64 Linux, the standard sizes of '<', '>', '!'
and '=', its range checks and their messages, and round-half-even for the
'f' and 'e' floats. Floats are taken apart with as_integer_ratio() and
built from a power of two, both exact.
"""
import math


class error(Exception):
    pass


# code: (native size, standard size); the native alignment is the size.
_SIZES = {'x': (1, 1), 'c': (1, 1), 'b': (1, 1), 'B': (1, 1), '?': (1, 1), 'h': (2, 2), 'H': (2, 2),
          'i': (4, 4), 'I': (4, 4), 'l': (8, 4), 'L': (8, 4), 'q': (8, 8), 'Q': (8, 8), 'n': (8, 0),
          'N': (8, 0), 'e': (2, 2), 'f': (4, 4), 'd': (8, 8), 's': (1, 1), 'p': (1, 1), 'P': (8, 0)}
_SIGNED = 'bhilqn'
_INTEGERS = 'bBhHiIlLqQnNP'
# (exponent bits, stored mantissa bits) of the floats.
_FLOATS = {'e': (5, 10), 'f': (8, 23), 'd': (11, 52)}
_SMALL_NAMES = {'b': 'byte', 'B': 'ubyte', 'h': 'short', 'H': 'ushort'}
_cache = {}


def _parse(fmt):
    """(byte order: '@', '<' or '>', [(code, count, offset, size)], total size) of a format."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode('ascii')
    if fmt in _cache:
        return _cache[fmt]
    order = '@'
    at = 0
    if fmt and fmt[0] in '@=<>!':
        order = {'@': '@', '=': '<', '<': '<', '>': '>', '!': '>'}[fmt[0]]
        at = 1
    native = order == '@'
    items = []
    offset = 0
    while at < len(fmt):
        c = fmt[at]
        if c.isspace():
            at += 1
            continue
        count = 1
        if c.isdigit():
            start = at
            while at < len(fmt) and fmt[at].isdigit():
                at += 1
            count = int(fmt[start:at])
            if at == len(fmt):
                raise error('repeat count given without format specifier')
            c = fmt[at]
        if c not in _SIZES or (not native and _SIZES[c][1] == 0):
            raise error('bad char in struct format')
        size = _SIZES[c][0] if native else _SIZES[c][1]
        if native and c not in 'spx':
            offset = (offset + size - 1) // size * size
        items.append((c, count, offset, size))
        offset += size * count
        at += 1
    parsed = (order, items, offset)
    _cache[fmt] = parsed
    return parsed


def calcsize(format):
    """The number of bytes that pack(format, ...) makes."""
    return _parse(format)[2]


def _float_bits(x, exponent_bits, mantissa_bits, code, native):
    """The IEEE 754 bits of x in a float of these widths, rounded half to even;
    too large a finite x is an OverflowError, except for a native 'f' (a C
    cast, which gives inf)."""
    sign = 1 if math.copysign(1.0, x) < 0 else 0
    top = (1 << exponent_bits) - 1
    bias = top >> 1
    x = abs(x)
    if math.isnan(x):
        return sign << (exponent_bits + mantissa_bits) | top << mantissa_bits | 1 << (mantissa_bits - 1)
    if math.isinf(x):
        return sign << (exponent_bits + mantissa_bits) | top << mantissa_bits
    if x == 0.0:
        return sign << (exponent_bits + mantissa_bits)
    numerator, denominator = x.as_integer_ratio()  # exact; the denominator is a power of two
    e = numerator.bit_length() - (denominator.bit_length() - 1)  # x == whole * 2**(e - 53)
    lift = 53 - numerator.bit_length()  # a large x's numerator ends in zeros: dropping them is exact
    whole = numerator << lift if lift >= 0 else numerator >> -lift
    exponent = max(e - 1, 1 - bias)  # a subnormal keeps the least exponent
    shift = 53 - 1 - mantissa_bits + (exponent - (e - 1))
    mantissa = whole >> shift
    rest = whole - (mantissa << shift)
    half = 1 << (shift - 1) if shift > 0 else 0
    if shift > 0 and (rest > half or (rest == half and mantissa & 1)):
        mantissa += 1
    if mantissa >> (mantissa_bits + 1):  # rounding carried into a new bit
        mantissa >>= 1
        exponent += 1
    if exponent > bias:
        if code == 'f' and native:
            return sign << (exponent_bits + mantissa_bits) | top << mantissa_bits
        raise OverflowError('float too large to pack with %s format' % code)
    biased = exponent + bias if mantissa >> mantissa_bits else 0
    return sign << (exponent_bits + mantissa_bits) | biased << mantissa_bits | mantissa & ((1 << mantissa_bits) - 1)


def _bits_float(bits, exponent_bits, mantissa_bits):
    """The float that these IEEE 754 bits stand for."""
    top = (1 << exponent_bits) - 1
    sign = -1.0 if bits >> (exponent_bits + mantissa_bits) else 1.0
    biased = bits >> mantissa_bits & top
    mantissa = bits & ((1 << mantissa_bits) - 1)
    if biased == top:
        return math.copysign(math.nan, sign) if mantissa else sign * math.inf
    if biased:
        mantissa |= 1 << mantissa_bits
    # A power of two and an int of at most 53 bits: the product is exact.
    return sign * mantissa * 2.0 ** (max(biased, 1) - (top >> 1) - mantissa_bits)


def _integer(code, size, value, order):
    """The little-endian bytes of an int, with the message of the C
    function that CPython's table gives this code and byte order."""
    if not isinstance(value, int):
        raise error('required argument is not an integer')
    signed = code in _SIGNED
    low = -(1 << (size * 8 - 1)) if signed else 0
    high = (1 << (size * 8 - 1)) - 1 if signed else (1 << (size * 8)) - 1
    if code == 'P' and -(1 << 63) <= value < 0:  # a pointer wraps, as C's cast does
        value += 1 << 64
    if not low <= value <= high:
        if size == 8 and order == '>':
            raise error('int too large to convert')  # _PyLong_AsByteArray
        # What does not fit a C long (or, read as unsigned, is negative) fails
        # before the range check; b, B and (but big-endian) h, H read as long.
        named = code in 'bB' or (code in 'hH' and order != '>')
        if size == 8 or not -(1 << 63) <= value < (1 << 63) or (value < 0 and not signed and not named):
            raise error('argument out of range')
        if named:
            raise error('%s format requires %d <= number <= %d' % (_SMALL_NAMES[code], low, high))
        raise error("'%s' format requires %d <= number <= %d" % (code, low, high))
    return int(value).to_bytes(size, 'little', signed=signed)


def _pack_one(code, size, count, value, order):
    """The bytes of one value (of `count` bytes for s and p)."""
    if code in 'spc':
        data = b'' + value if isinstance(value, (bytes, bytearray)) else None  # bytes, of either
        if code == 'c':
            if data is None or len(data) != 1:
                raise error('char format requires a bytes object of length 1')
            return data
        if data is None:
            raise error("argument for '%s' must be a bytes object" % code)
        if code == 'p':
            data = data[:min(count - 1, 255)] if count else b''
            return (bytes([len(data)]) + data).ljust(count, b'\x00')[:count]
        return data[:count].ljust(count, b'\x00')
    if code == '?':
        return b'\x01' if value else b'\x00'
    if code in _FLOATS:
        if not isinstance(value, (int, float)):
            raise error('required argument is not a float')
        exponent_bits, mantissa_bits = _FLOATS[code]
        data = _float_bits(float(value), exponent_bits, mantissa_bits, code, order == '@').to_bytes(size, 'little')
    else:
        data = _integer(code, size, value, order)
    return data[::-1] if order == '>' else data


def pack(format, *values):
    """The bytes of `values` laid out as `format` says."""
    order, items, size = _parse(format)
    wanted = sum(1 if code in 'sp' else count for code, count, offset, one in items if code != 'x')
    if wanted != len(values):
        raise error('pack expected %d items for packing (got %d)' % (wanted, len(values)))
    out = bytearray(size)
    taken = 0
    for code, count, offset, one in items:
        if code == 'x':
            continue
        if code in 'sp':
            out[offset:offset + count] = _pack_one(code, one, count, values[taken], order)
            taken += 1
            continue
        for k in range(count):
            out[offset + k * one:offset + (k + 1) * one] = _pack_one(code, one, 1, values[taken], order)
            taken += 1
    return bytes(out)


def _unpack_one(code, data, order):
    if code == 'c':
        return data
    if code == '?':
        return data != b'\x00' * len(data)
    if order == '>':
        data = data[::-1]
    if code in _FLOATS:
        exponent_bits, mantissa_bits = _FLOATS[code]
        return _bits_float(int.from_bytes(data, 'little'), exponent_bits, mantissa_bits)
    return int.from_bytes(data, 'little', signed=code in _SIGNED)


def _unpack_at(items, order, buffer, start):
    out = []
    for code, count, offset, one in items:
        at = start + offset
        if code == 's':
            out.append(bytes(buffer[at:at + count]))
        elif code == 'p':
            n = min(buffer[at], count - 1) if count else 0
            out.append(bytes(buffer[at + 1:at + 1 + n]))
        elif code != 'x':
            for k in range(count):
                out.append(_unpack_one(code, bytes(buffer[at + k * one:at + (k + 1) * one]), order))
    return tuple(out)


def unpack(format, buffer):
    """The values that `buffer`, exactly calcsize(format) bytes, holds."""
    order, items, size = _parse(format)
    if len(buffer) != size:
        raise error('unpack requires a buffer of %d bytes' % size)
    return _unpack_at(items, order, buffer, 0)


def unpack_from(format, buffer, offset=0):
    """The values at `offset` in `buffer`, which may go on after them."""
    order, items, size = _parse(format)
    if offset < 0:
        if offset + len(buffer) < 0:
            raise error('offset %d out of range for %d-byte buffer' % (offset, len(buffer)))
        if -offset < size:
            raise error('not enough data to unpack %d bytes at offset %d' % (size, offset))
        offset += len(buffer)
    if len(buffer) - offset < size:
        raise error('unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d '
                    '(actual buffer size is %d)' % (size + offset, size, offset, len(buffer)))
    return _unpack_at(items, order, buffer, offset)


def iter_unpack(format, buffer):
    """The values of each calcsize(format) bytes of `buffer` in turn."""
    order, items, size = _parse(format)
    if size == 0:
        raise error('cannot iteratively unpack with a struct of length 0')
    if len(buffer) % size:
        raise error('iterative unpacking requires a buffer of a multiple of %d bytes' % size)
    return _each(items, order, buffer, size)


def _each(items, order, buffer, size):
    for start in range(0, len(buffer), size):
        yield _unpack_at(items, order, buffer, start)
