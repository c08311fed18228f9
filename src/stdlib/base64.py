"""Base16, base32 and base64 encodings of bytes (RFC 4648), over binascii.

The decoders take bytes-like data or an ASCII str, as CPython's do, and
raise binascii.Error with CPython's messages, checked in its order.
"""
import binascii

_B32 = b'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567'
_B32HEX = b'0123456789ABCDEFGHIJKLMNOPQRSTUV'
_B16_DIGITS = b'0123456789ABCDEF'


def _decode_data(s):
    """A decoder's argument as bytes: ASCII strs are encoded."""
    if isinstance(s, str):
        try:
            return s.encode('ascii')
        except UnicodeEncodeError:
            raise ValueError('string argument should contain only ASCII characters') from None
    return bytes(s)


def b64encode(s, altchars=None):
    """s in base64; altchars (2 bytes) replace '+' and '/'."""
    encoded = binascii.b2a_base64(s, newline=False)
    if altchars is not None:
        if len(altchars) != 2:
            raise AssertionError(repr(altchars))
        return encoded.translate(bytes.maketrans(b'+/', bytes(altchars)))
    return encoded


def b64decode(s, altchars=None, validate=False):
    """The bytes base64 s encodes; validate: only the alphabet and final padding may appear."""
    data = _decode_data(s)
    if altchars is not None:
        alt = _decode_data(altchars)
        if len(alt) != 2:
            raise AssertionError(repr(alt))
        data = data.translate(bytes.maketrans(alt, b'+/'))
    return binascii.a2b_base64(data, strict_mode=validate)


def standard_b64encode(s):
    return b64encode(s)


def standard_b64decode(s):
    return b64decode(s)


def urlsafe_b64encode(s):
    """base64 with '-' and '_' for '+' and '/'."""
    return b64encode(s, b'-_')


def urlsafe_b64decode(s):
    return b64decode(_decode_data(s).translate(bytes.maketrans(b'-_', b'+/')))


def encodebytes(s):
    """base64 in lines of 76 characters, each ending in a newline."""
    data = bytes(s)
    out = bytearray()
    for i in range(0, len(data), 57):
        out += binascii.b2a_base64(data[i:i + 57])
    return bytes(out)


def decodebytes(s):
    return binascii.a2b_base64(bytes(s))


def _b32encode(alphabet, s):
    data = bytes(s)
    out = bytearray()
    for i in range(0, len(data), 5):
        chunk = data[i:i + 5]
        n = len(chunk)
        v = int.from_bytes(chunk + bytes(5 - n), 'big')
        group = bytearray(8)
        for j in range(8):
            group[j] = alphabet[v >> (35 - 5 * j) & 31]
        # n input bytes fill ceil(8n/5) characters; '=' pads the rest.
        used = (8 * n + 4) // 5
        out += group[:used] + b'=' * (8 - used)
    return bytes(out)


def _b32decode(alphabet, s, casefold, map01):
    data = _decode_data(s)
    if len(data) % 8:
        raise binascii.Error('Incorrect padding')
    if map01 is not None:
        data = data.translate(bytes.maketrans(b'01', b'O' + _decode_data(map01)))
    if casefold:
        data = data.upper()
    whole = len(data)
    data = data.rstrip(b'=')
    pads = whole - len(data)
    values = [-1] * 256
    for i in range(32):
        values[alphabet[i]] = i
    out = bytearray()
    for i in range(0, len(data), 8):
        v = 0
        chunk = data[i:i + 8]
        for c in chunk:
            d = values[c]
            if d < 0:
                raise binascii.Error('Non-base32 digit found')
            v = v << 5 | d
        out += (v << 5 * (8 - len(chunk))).to_bytes(5, 'big')
    if pads not in (0, 1, 3, 4, 6):
        raise binascii.Error('Incorrect padding')
    if pads and out:
        # The padded characters stand for bytes that were never there.
        del out[len(out) - 5 + (43 - 5 * pads) // 8:]
    return bytes(out)


def b32encode(s):
    return _b32encode(_B32, s)


def b32decode(s, casefold=False, map01=None):
    return _b32decode(_B32, s, casefold, map01)


def b32hexencode(s):
    return _b32encode(_B32HEX, s)


def b32hexdecode(s, casefold=False):
    return _b32decode(_B32HEX, s, casefold, None)


def b16encode(s):
    """s as upper-case hex digits."""
    return bytes(s).hex().upper().encode('ascii')


def b16decode(s, casefold=False):
    data = _decode_data(s)
    if casefold:
        data = data.upper()
    for c in data:
        if c not in _B16_DIGITS:
            raise binascii.Error('Non-base16 digit found')
    return binascii.unhexlify(data)
