"""Codec registry functions: encode, decode, lookup, open and the BOMs.

Design: the codecs str.encode and bytes.decode know natively (UTF-8,
ASCII, Latin-1, UTF-16 in its three forms; runtime/codec.h) are reached
through those methods, so their errors and handlers are the runtime's.
UTF-32 is the one codec written here: four bytes a character, surrogates
refused as CPython's utf_32 codec refuses them. A name resolves as
CPython's encodings.search_function resolves it: case and the separators
' ', '-' and '_' do not matter, and each codec has its aliases.
"""

from builtins import open as _builtin_open

BOM_UTF8 = b'\xef\xbb\xbf'
BOM_UTF16_LE = b'\xff\xfe'
BOM_UTF16_BE = b'\xfe\xff'
BOM_UTF32_LE = b'\xff\xfe\x00\x00'
BOM_UTF32_BE = b'\x00\x00\xfe\xff'
# The machine's own order (ingot targets little-endian machines only).
BOM_UTF16 = BOM_UTF16_LE
BOM_UTF32 = BOM_UTF32_LE
BOM = BOM_UTF16
BOM_LE = BOM_UTF16_LE
BOM_BE = BOM_UTF16_BE
BOM32_LE = BOM_UTF16_LE
BOM32_BE = BOM_UTF16_BE
BOM64_LE = BOM_UTF32_LE
BOM64_BE = BOM_UTF32_BE

# Canonical name (CodecInfo.name) by every spelling, after _squash.
_ALIASES = {}
for _canonical, _spellings in (
        ('utf-8', ('utf8', 'u8', 'utf', 'utf8ucs2', 'utf8ucs4', 'cp65001')),
        ('ascii', ('ascii', '646', 'usascii', 'us', 'ansix3.41968', 'ansix3.41986',
                   'ansix3.4', 'cp367', 'csascii', 'ibm367', 'iso646us', 'iso646.irv1991',
                   'isoir6')),
        ('iso8859-1', ('latin1', 'latin', 'l1', 'iso88591', '8859', 'cp819',
                       'iso885911987', 'isoir100', 'ibm819', 'csisolatin1')),
        ('utf-16', ('utf16', 'u16')),
        ('utf-16-le', ('utf16le', 'unicodelittleunmarked')),
        ('utf-16-be', ('utf16be', 'unicodebigunmarked')),
        ('utf-32', ('utf32', 'u32')),
        ('utf-32-le', ('utf32le',)),
        ('utf-32-be', ('utf32be',))):
    for _spelling in _spellings:
        _ALIASES[_spelling] = _canonical

# What str.encode calls each codec that it knows itself.
_NATIVE = {'utf-8': 'utf-8', 'ascii': 'ascii', 'iso8859-1': 'latin-1', 'utf-16': 'utf-16',
           'utf-16-le': 'utf-16-le', 'utf-16-be': 'utf-16-be'}


def _squash(name):
    return name.lower().replace(' ', '').replace('-', '').replace('_', '')


def _canonical_name(encoding):
    if not isinstance(encoding, str):
        raise TypeError('lookup() argument must be str, not ' + type(encoding).__name__)
    found = _ALIASES.get(_squash(encoding))
    if found is None:
        raise LookupError('unknown encoding: ' + encoding)
    return found


def _encode_errors(text, start, end, codec, errors):
    """The replacement for text[start:end], a character UTF-32 cannot
    encode (a surrogate), as the error handler named `errors` makes it."""
    if errors == 'strict':
        raise UnicodeEncodeError(codec, text, start, end, 'surrogates not allowed')
    if errors == 'ignore':
        return ''
    if errors == 'replace':
        return '?'
    if errors == 'backslashreplace':
        return ''.join('\\u%04x' % ord(c) for c in text[start:end])
    if errors == 'xmlcharrefreplace':
        return ''.join('&#%d;' % ord(c) for c in text[start:end])
    raise LookupError("unknown error handler name '%s'" % errors)


def _utf32_encode(text, errors, order, bom, codec):
    out = bytearray(bom)
    for at in range(len(text)):
        point = ord(text[at])
        if 0xD800 <= point < 0xE000:
            for c in _encode_errors(text, at, at + 1, codec, errors):
                out += ord(c).to_bytes(4, order)
        else:
            out += point.to_bytes(4, order)
    return bytes(out)


def _utf32_decode(data, errors, order, codec):
    """`order` '' reads a byte order mark (little-endian without one), and
    errors then name the codec of the order found, as CPython's do."""
    start = 0
    if order == '':
        order = 'little'
        if data[:4] == BOM_UTF32_BE:
            order = 'big'
            start = 4
        elif data[:4] == BOM_UTF32_LE:
            start = 4
        codec = 'utf-32-le' if order == 'little' else 'utf-32-be'
    pieces = []
    at = start
    while at < len(data):
        unit = data[at:at + 4]
        reason = ''
        if len(unit) < 4:
            reason = 'truncated data'
        else:
            point = int.from_bytes(unit, order)
            if point > 0x10FFFF:
                reason = 'code point not in range(0x110000)'
            elif 0xD800 <= point < 0xE000:
                reason = 'code point in surrogate code point range(0xd800, 0xe000)'
            else:
                pieces.append(chr(point))
        if reason:
            if errors == 'strict':
                raise UnicodeDecodeError(codec, data, at, at + len(unit), reason)
            if errors == 'replace':
                pieces.append('\ufffd')
            elif errors == 'backslashreplace':
                pieces.append(''.join('\\x%02x' % b for b in unit))
            elif errors != 'ignore':
                raise LookupError("unknown error handler name '%s'" % errors)
        at += 4
    return ''.join(pieces)


_UTF32_ORDER = {'utf-32': '', 'utf-32-le': 'little', 'utf-32-be': 'big'}


def _encode_with(name, text, errors):
    if not isinstance(text, str):
        function = name.replace('-', '_').replace('iso8859_1', 'latin_1')
        raise TypeError('%s_encode() argument 1 must be str, not %s' % (function, type(text).__name__))
    if name in _NATIVE:
        return text.encode(_NATIVE[name], errors)
    order = _UTF32_ORDER[name]
    bom = BOM_UTF32_LE if order == '' else b''
    return _utf32_encode(text, errors, order or 'little', bom, name)


def _decode_with(name, data, errors):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = bytes(data)
    if name in _NATIVE:
        return data.decode(_NATIVE[name], errors)
    return _utf32_decode(data, errors, _UTF32_ORDER[name], name)


class CodecInfo:
    """What lookup() returns: the codec's name and its stateless
    functions, which return (result, length of the input consumed)."""

    def __init__(self, name):
        self.name = name

    def encode(self, text, errors='strict'):
        return _encode_with(self.name, text, errors), len(text)

    def decode(self, data, errors='strict'):
        return _decode_with(self.name, data, errors), len(data)

    def __repr__(self):
        return '<codecs.CodecInfo object for encoding %s>' % self.name


def lookup(encoding):
    return CodecInfo(_canonical_name(encoding))


# encode() and decode() name the codec in the TypeErrors and LookupErrors
# its functions raise, as CPython wraps them.

def _convert(verb, convert, obj, encoding, errors):
    name = _canonical_name(encoding)  # an unknown encoding's LookupError is not wrapped
    try:
        return convert(name, obj, errors)
    except TypeError as e:
        raise TypeError("%s with '%s' codec failed (TypeError: %s)" % (verb, encoding, e)) from e
    except LookupError as e:
        raise LookupError("%s with '%s' codec failed (LookupError: %s)" % (verb, encoding, e)) from e


def encode(obj, encoding='utf-8', errors='strict'):
    return _convert('encoding', _encode_with, obj, encoding, errors)


def decode(obj, encoding='utf-8', errors='strict'):
    return _convert('decoding', _decode_with, obj, encoding, errors)


def getencoder(encoding):
    return lookup(encoding).encode


def getdecoder(encoding):
    return lookup(encoding).decode


def open(filename, mode='r', encoding=None, errors='strict', buffering=-1):
    """A file that reads and writes text in `encoding`. CPython's
    StreamReaderWriter leaves line ends alone, as a text file opened with
    newline='' does; without an encoding this is the builtin open."""
    if encoding is None:
        return _builtin_open(filename, mode, buffering)
    _canonical_name(encoding)
    return _builtin_open(filename, mode.replace('b', ''), buffering, encoding, errors, '')
