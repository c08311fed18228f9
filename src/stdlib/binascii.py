"""Conversions between binary data and ASCII: hex, base64, CRC-32.

CPython's binascii is C; this follows its loops where they decide a result:
a2b_base64 skips characters outside the alphabet and stops at the first
complete pad sequence as binascii.c does (strict_mode raises instead), and
its errors carry the C module's messages. Arguments are bytes-like; the
decoders take an ASCII str too.
"""
import zlib


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


_HEX = b'0123456789abcdef'
_B64 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'


def _table(alphabet):
    """256 entries: each byte's value in `alphabet`, -1 for bytes outside it."""
    table = [-1] * 256
    for i in range(len(alphabet)):
        table[alphabet[i]] = i
    return table


_B64_VALUES = _table(_B64)
_HEX_VALUES = _table(b'0123456789abcdefABCDEF')
for _i in range(16, 22):
    _HEX_VALUES[b'0123456789abcdefABCDEF'[_i]] = _i - 6


def _ascii_data(data):
    """A decoder's argument as bytes: an ASCII str is encoded, as binascii's converter does."""
    if isinstance(data, str):
        try:
            return data.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    return bytes(data)


def hexlify(data, sep=None, bytes_per_sep=1):
    """The hex digits of data; `sep` between groups of bytes_per_sep bytes (counted from the right if positive)."""
    data = bytes(data)
    if sep is None:
        return data.hex().encode('ascii')
    return data.hex(sep, bytes_per_sep).encode('ascii')


def b2a_hex(data, sep=None, bytes_per_sep=1):
    return hexlify(data, sep, bytes_per_sep)


def unhexlify(hexstr):
    """The bytes of an even number of hex digits (either case)."""
    digits = _ascii_data(hexstr)
    if len(digits) % 2:
        raise Error('Odd-length string')
    out = bytearray(len(digits) // 2)
    for i in range(0, len(digits), 2):
        high = _HEX_VALUES[digits[i]]
        low = _HEX_VALUES[digits[i + 1]]
        if high < 0 or low < 0:
            raise Error('Non-hexadecimal digit found')
        out[i // 2] = high << 4 | low
    return bytes(out)


def a2b_hex(hexstr):
    return unhexlify(hexstr)


def b2a_base64(data, *, newline=True):
    """data in base64, padded with '=', with a newline after it unless newline is false."""
    data = bytes(data)
    out = bytearray()
    n = len(data)
    whole = n - n % 3
    for i in range(0, whole, 3):
        v = data[i] << 16 | data[i + 1] << 8 | data[i + 2]
        out += bytes([_B64[v >> 18], _B64[v >> 12 & 63], _B64[v >> 6 & 63], _B64[v & 63]])
    rest = n - whole
    if rest == 1:
        v = data[whole]
        out += bytes([_B64[v >> 2], _B64[v << 4 & 63]]) + b'=='
    elif rest == 2:
        v = data[whole] << 8 | data[whole + 1]
        out += bytes([_B64[v >> 10], _B64[v >> 4 & 63], _B64[v << 2 & 63]]) + b'='
    if newline:
        out.append(10)
    return bytes(out)


def a2b_base64(data, *, strict_mode=False):
    """The bytes that base64 `data` encodes (see the module's docstring for the rules)."""
    data = _ascii_data(data)
    if strict_mode and data[:1] == b'=':
        raise Error('Leading padding not allowed')
    out = bytearray()
    quad_pos = 0
    left = 0
    pads = 0
    padding_started = False
    n = len(data)
    for i in range(n):
        c = data[i]
        if c == 61:  # '='
            padding_started = True
            if quad_pos >= 2:
                pads += 1
                if quad_pos + pads >= 4:
                    if strict_mode and i + 1 < n:
                        raise Error('Excess data after padding')
                    return bytes(out)
            continue
        v = _B64_VALUES[c]
        if v < 0:
            if strict_mode:
                raise Error('Only base64 data is allowed')
            continue
        if strict_mode and padding_started:
            raise Error('Discontinuous padding not allowed')
        pads = 0
        if quad_pos == 0:
            left = v
            quad_pos = 1
        elif quad_pos == 1:
            out.append((left << 2 | v >> 4) & 0xFF)
            left = v & 0x0F
            quad_pos = 2
        elif quad_pos == 2:
            out.append((left << 4 | v >> 2) & 0xFF)
            left = v & 0x03
            quad_pos = 3
        else:
            out.append((left << 6 | v) & 0xFF)
            quad_pos = 0
    if quad_pos == 1:
        raise Error('Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4'
                    % (len(out) // 3 * 4 + 1))
    if quad_pos != 0:
        raise Error('Incorrect padding')
    return bytes(out)


def crc32(data, crc=0):
    """CRC-32 of data, continuing from crc: zlib's."""
    return zlib.crc32(data, crc)


def crc_hqx(data, value):
    """The CRC-CCITT (XMODEM) of data, continuing from value."""
    crc = value & 0xFFFF
    for byte in bytes(data):
        crc ^= byte << 8
        for _ in range(8):
            crc = (crc << 1 ^ 0x1021) & 0xFFFF if crc & 0x8000 else crc << 1 & 0xFFFF
    return crc
