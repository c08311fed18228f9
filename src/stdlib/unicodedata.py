"""unicodedata: the Unicode Character Database as CPython 3.11 has it
(Unicode 14.0.0).

The tables are ingot's own (src/unicode), written by tools/gen_unicode.py
from python3's unicodedata, and read through the native
`_ingot_unicodedata` (runtime/unicodedata_module.h). Here: the checks of
the arguments and CPython's errors, and the defaults the lookups take.
Named sequences are not characters of those tables: lookup() does not know
them.
"""
import _ingot_unicodedata

unidata_version = '14.0.0'

_FORMS = {'NFC': 0, 'NFD': 1, 'NFKC': 2, 'NFKD': 3}
# Whether an argument's absence was the caller's: None is a default too.
_NO_DEFAULT = object()


def _code(function, chr, argument_number=''):
    """The code point of a one-character str, else CPython's TypeError."""
    if not isinstance(chr, str) or len(chr) != 1:
        raise TypeError('%s() argument %smust be a unicode character, not %s'
                        % (function, argument_number, type(chr).__name__))
    return ord(chr)


def category(chr):
    return _ingot_unicodedata.text_property(_code('category', chr), 0)


def bidirectional(chr):
    return _ingot_unicodedata.text_property(_code('bidirectional', chr), 1)


def east_asian_width(chr):
    return _ingot_unicodedata.text_property(_code('east_asian_width', chr), 2)


def combining(chr):
    return _ingot_unicodedata.combining(_code('combining', chr))


def mirrored(chr):
    return _ingot_unicodedata.mirrored(_code('mirrored', chr))


def name(chr, default=_NO_DEFAULT):
    found = _ingot_unicodedata.text_property(_code('name', chr, '1 '), 3)
    if found:
        return found
    if default is _NO_DEFAULT:
        raise ValueError('no such name')
    return default


def lookup(name):
    if not isinstance(name, str):
        raise TypeError("a bytes-like object is required, not '%s'" % type(name).__name__)
    code = _ingot_unicodedata.lookup(str(name))
    if code < 0:
        raise KeyError("undefined character name '%s'" % name)
    return chr(code)


def decimal(chr, default=_NO_DEFAULT):
    code = _code('decimal', chr, '1 ')
    if chr.isdecimal():
        return int(_ingot_unicodedata.number(code, 0))
    if default is _NO_DEFAULT:
        raise ValueError('not a decimal')
    return default


def digit(chr, default=_NO_DEFAULT):
    code = _code('digit', chr, '1 ')
    if chr.isdigit():
        return int(_ingot_unicodedata.number(code, 1))
    if default is _NO_DEFAULT:
        raise ValueError('not a digit')
    return default


def numeric(chr, default=_NO_DEFAULT):
    code = _code('numeric', chr, '1 ')
    if chr.isnumeric():
        return _ingot_unicodedata.number(code, 2)
    if default is _NO_DEFAULT:
        raise ValueError('not a numeric character')
    return default


def _form(function, form, unistr):
    if not isinstance(form, str):
        raise TypeError(function + '() argument 1 must be str, not ' + type(form).__name__)
    if not isinstance(unistr, str):
        raise TypeError(function + '() argument 2 must be str, not ' + type(unistr).__name__)
    if form not in _FORMS:
        raise ValueError('invalid normalization form')
    return _FORMS[form]


# str(unistr), checked to be a str already, lets a call site whose argument
# may be something else compile.

def normalize(form, unistr):
    return _ingot_unicodedata.normalize(_form('normalize', form, unistr), str(unistr))


def is_normalized(form, unistr):
    return _ingot_unicodedata.normalize(_form('is_normalized', form, unistr), str(unistr)) == unistr
