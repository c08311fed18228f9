"""html: escape() and unescape(), written from the library reference and
HTML5's rules for character references (the "tokenization" section),
with CPython 3.11 as the black box the tests compare against."""

from .entities import html5 as _html5

__all__ = ['escape', 'unescape']


def escape(s, quote=True):
    """s with '&', '<' and '>' made safe for HTML text; with `quote`, the
    quote characters '"' and "'" as well, for attribute values."""
    s = s.replace('&', '&amp;').replace('<', '&lt;').replace('>', '&gt;')
    if quote:
        s = s.replace('"', '&quot;').replace("'", '&#x27;')
    return s


# HTML5 reads the numbers 0x80-0x9F of a numeric reference as windows-1252
# bytes (its five unassigned ones stay themselves), 0 as U+FFFD and
# 13 as a carriage return.
_WINDOWS_1252 = ('\u20ac\x81\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\x8d\u017d\x8f'
                 '\x90\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\x9d\u017e\u0178')
_DECIMAL = '0123456789'
_HEXADECIMAL = '0123456789abcdefABCDEF'
# Characters that end a named reference's name.
_NAME_STOPS = '\t\n\x0c <&#;'
_LONGEST_NAME = 32


def _numbered(number):
    """The text a numeric reference to `number` stands for."""
    if number == 0:
        return '\ufffd'
    if number == 13:
        return '\r'
    if 0x80 <= number <= 0x9f:
        return _WINDOWS_1252[number - 0x80]
    if number > 0x10ffff or 0xd800 <= number <= 0xdfff:
        return '\ufffd'
    # Controls, and the Unicode noncharacters, are dropped.
    if number < 9 or number == 11 or 14 <= number <= 31 or 0x7f <= number <= 0x9f:
        return ''
    if 0xfdd0 <= number <= 0xfdef or number & 0xfffe == 0xfffe:
        return ''
    return chr(number)


def _named(name):
    """The text '&name' stands for: the reference itself, else its longest
    prefix (two characters at least) that names one, with the rest as it
    was, else '&name' unchanged."""
    if name in _html5:
        return _html5[name]
    for end in range(len(name) - 1, 1, -1):
        if name[:end] in _html5:
            return _html5[name[:end]] + name[end:]
    return '&' + name


def _reference_at(s, start):
    """The text of the reference whose '&' is at `start`, and where it ends;
    None where none begins there."""
    n = len(s)
    i = start + 1
    if i < n and s[i] == '#':
        i += 1
        base = 10
        if i + 1 < n and s[i] in 'xX' and s[i + 1] in _HEXADECIMAL:
            base = 16
            i += 1
        digits = _HEXADECIMAL if base == 16 else _DECIMAL
        first = i
        while i < n and s[i] in digits:
            i += 1
        if i == first:
            return None
        number = int(s[first:i], base)
        if i < n and s[i] == ';':
            i += 1
        return _numbered(number), i
    while i < n and i - start <= _LONGEST_NAME and s[i] not in _NAME_STOPS:
        i += 1
    if i == start + 1:
        return None
    name = s[start + 1:i]
    if i < n and s[i] == ';':
        name += ';'
        i += 1
    return _named(name), i


def unescape(s):
    """s with every character reference ('&gt;', '&#62;', '&#x3e;') replaced
    by the character(s) it stands for, by HTML5's rules: a named reference
    without its ';', invalid code points and unknown names as a browser
    reads them."""
    if '&' not in s:
        return s
    out = []
    done = 0
    amp = s.find('&')
    while amp >= 0:
        found = _reference_at(s, amp)
        if found is None:
            amp = s.find('&', amp + 1)
            continue
        out.append(s[done:amp])
        out.append(found[0])
        done = found[1]
        amp = s.find('&', done)
    out.append(s[done:])
    return ''.join(out)
