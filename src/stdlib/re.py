"""Regular expressions, with CPython's re semantics on PCRE2.

Design: this module holds what CPython's re holds in Python or in loops of
_sre.c whose cost is per match, not per character: Pattern and Match
objects, the search loops of findall/finditer/sub/subn/split with sre's
rule for empty matches, the expansion of replacement templates, flags and
errors. The native core `_ingot_re` (src/runtime/re_module.h) checks a
pattern as CPython's parser does, translates it to PCRE2's syntax and
compiles it (JIT), runs one match attempt at a time, and parses templates
and escape()s so that they keep their argument's type. Positions are code
points throughout; the core converts PCRE2's byte offsets.

A replacement template is a callable object (_Template), so sub and subn
have one loop that calls either it or the repl function on each Match.
Several spots are written around the type analysis, which does not narrow
on isinstance or callable() (docs/types.md); each says so.

Not here yet: re.Scanner, Pattern.scanner, re.purge, re.template, the
RegexFlag enum (the flags are plain ints, so `print(re.I)` shows 2),
Match.regs, bytearray and memoryview subjects, copying and pickling.
"""

import _ingot_re

NOFLAG = 0
TEMPLATE = T = 1
IGNORECASE = I = 2
LOCALE = L = 4
MULTILINE = M = 8
DOTALL = S = 16
UNICODE = U = 32
VERBOSE = X = 64
DEBUG = 128
ASCII = A = 256

_FLAG_NAMES = [('TEMPLATE', 1), ('IGNORECASE', 2), ('LOCALE', 4), ('MULTILINE', 8), ('DOTALL', 16),
               ('UNICODE', 32), ('VERBOSE', 64), ('DEBUG', 128), ('ASCII', 256)]

_MAXSIZE = 9223372036854775807

# _ingot_re.match's modes.
_SEARCH = 0
_MATCH = 1
_FULLMATCH = 2
_MUST_ADVANCE = 4


class error(Exception):
    """An invalid pattern or template: msg, and where (pattern, pos, lineno, colno)."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        self.lineno = None
        self.colno = None
        if pattern is not None and pos is not None:
            msg = '%s at position %d' % (msg, pos)
            lineno, colno, newlines = _ingot_re.line_column(pattern, pos)
            self.lineno = lineno
            self.colno = colno
            if newlines:
                msg = '%s (line %d, column %d)' % (msg, lineno, colno)
        super().__init__(msg)


def _check_subject(pattern, string):
    if not isinstance(string, (str, bytes)):
        raise TypeError("expected string or bytes-like object, got '%s'" % type(string).__name__)
    if isinstance(pattern, str):
        if not isinstance(string, str):
            raise TypeError('cannot use a string pattern on a bytes-like object')
    elif isinstance(string, str):
        raise TypeError('cannot use a bytes pattern on a string-like object')


def _clamp(i, n):
    return 0 if i < 0 else n if i > n else i


def _group_text(string, spans, group):
    """Group `group` of a match of `string`, or None when it did not take part."""
    start = spans[2 * group]
    return string[start:spans[2 * group + 1]] if start >= 0 else None


def _found_text(string, spans, group):
    """findall's and the like's group: "" when it did not take part."""
    start = spans[2 * group]
    return string[start:spans[2 * group + 1]] if start >= 0 else string[:0]


class _Template:
    """A replacement template (`\\1`, `\\g<name>`), called on each match as a
    repl function is: literal parts around group numbers."""

    def __init__(self, pattern, template):
        parts, refs, message, position = _ingot_re.template(pattern._code, template)
        if message:
            if position == -2:
                raise IndexError(message)
            raise error(message, template, position)
        self.parts = parts
        self.refs = refs

    def __call__(self, match):
        spans = match._spans
        pieces = [self.parts[0]]
        for k in range(len(self.refs)):
            start = spans[2 * self.refs[k]]
            if start >= 0:
                pieces.append(match.string[start:spans[2 * self.refs[k] + 1]])
            pieces.append(self.parts[k + 1])
        return match.string[:0].join(pieces)


class Match:
    """The result of a successful match."""

    def __init__(self, pattern, string, pos, endpos, spans):
        self.re = pattern
        self.string = string
        self.pos = pos
        self.endpos = endpos
        self._spans = spans
        last = spans[-1]
        self.lastindex = last if last >= 0 else None
        self.lastgroup = None
        if last >= 0:
            for name, index in pattern.groupindex.items():
                if index == last:
                    self.lastgroup = name

    def _index(self, group):
        if isinstance(group, str):
            # By comparison, not groupindex[group]: the analysis sees this
            # line for int groups too.
            for name, index in self.re.groupindex.items():
                if name == group:
                    return index
        elif isinstance(group, int) and 0 <= group <= self.re.groups:
            return group
        raise IndexError('no such group')

    def group(self, *groups):
        if len(groups) == 0:
            return _group_text(self.string, self._spans, 0)
        if len(groups) == 1:
            return _group_text(self.string, self._spans, self._index(groups[0]))
        return tuple([_group_text(self.string, self._spans, self._index(g)) for g in groups])

    def __getitem__(self, group):
        return _group_text(self.string, self._spans, self._index(group))

    def groups(self, default=None):
        found = []
        for g in range(1, self.re.groups + 1):
            text = _group_text(self.string, self._spans, g)
            found.append(default if text is None else text)
        return tuple(found)

    def groupdict(self, default=None):
        found = {}
        for name, index in self.re.groupindex.items():
            text = _group_text(self.string, self._spans, index)
            found[name] = default if text is None else text
        return found

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return self._spans[2 * i], self._spans[2 * i + 1]

    def expand(self, template):
        return _Template(self.re, template)(self)

    def __repr__(self):
        return '<re.Match object; span=(%d, %d), match=%r>' % (self._spans[0], self._spans[1],
                                                              self.string[self._spans[0]:self._spans[1]])


class Pattern:
    """A compiled regular expression."""

    def __init__(self, pattern, flags, code):
        self._code = code
        self.pattern = pattern
        self.flags = flags
        self.groups = _ingot_re.groups(code)
        self.groupindex = _ingot_re.groupindex(code)

    def _spans(self, string, pos, endpos, mode):
        _check_subject(self.pattern, string)
        n = len(string)
        pos = _clamp(pos, n)
        endpos = _clamp(endpos, n)
        if pos > endpos:
            return None
        spans = _ingot_re.match(self._code, string, pos, endpos, mode)
        if not spans:
            return None
        return Match(self, string, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._spans(string, pos, endpos, _MATCH)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._spans(string, pos, endpos, _FULLMATCH)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._spans(string, pos, endpos, _SEARCH)

    def _each(self, string, pos, endpos, limit):
        """The spans of successive matches as sre finds them: after an empty
        match the next one may begin at the same place only if it is not
        empty. At most `limit` of them; 0 is no limit, a negative one none."""
        _check_subject(self.pattern, string)
        n = len(string)
        pos = _clamp(pos, n)
        endpos = _clamp(endpos, n)
        mode = _SEARCH
        found = 0
        while (limit == 0 or found < limit) and pos <= endpos:
            spans = _ingot_re.match(self._code, string, pos, endpos, mode)
            if not spans:
                return
            yield spans
            found += 1
            mode = _MUST_ADVANCE if spans[0] == spans[1] else _SEARCH
            pos = spans[1]

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        n = len(string)
        for spans in self._each(string, pos, endpos, 0):
            yield Match(self, string, _clamp(pos, n), _clamp(endpos, n), spans)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        found = []
        for spans in self._each(string, pos, endpos, 0):
            if self.groups == 0:
                found.append(string[spans[0]:spans[1]])
            elif self.groups == 1:
                found.append(_found_text(string, spans, 1))
            else:
                found.append(tuple([_found_text(string, spans, g) for g in range(1, self.groups + 1)]))
        return found

    def split(self, string, maxsplit=0):
        parts = []
        last = 0
        for spans in self._each(string, 0, len(string), maxsplit):
            parts.append(string[last:spans[0]])
            for g in range(1, self.groups + 1):
                parts.append(_group_text(string, spans, g))
            last = spans[1]
        parts.append(string[last:])
        return parts

    def sub(self, repl, string, count=0):
        return self.subn(repl, string, count)[0]

    def subn(self, repl, string, count=0):
        if not callable(repl) and not isinstance(repl, (str, bytes)):
            raise TypeError('decoding to str: need a bytes-like object, %s found' % type(repl).__name__)
        replace = repl if callable(repl) else _Template(self, repl)
        pieces = []
        last = 0
        done = 0
        n = len(string)
        for spans in self._each(string, 0, n, count):
            pieces.append(string[last:spans[0]])
            piece = replace(Match(self, string, 0, n, spans))
            if piece is not None:
                pieces.append(piece)
            last = spans[1]
            done += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), done

    def __repr__(self):
        flags = self.flags
        if isinstance(self.pattern, str) and flags & (LOCALE | UNICODE | ASCII) == UNICODE:
            flags &= ~UNICODE
        names = []
        for name, bit in _FLAG_NAMES:
            if flags & bit:
                names.append('re.' + name)
                flags &= ~bit
        if flags:
            names.append(hex(flags))
        text = repr(self.pattern)[:200]
        if names:
            return 're.compile(%s, %s)' % (text, '|'.join(names))
        return 're.compile(%s)' % text

    def __eq__(self, other):
        return isinstance(other, Pattern) and self.flags == other.flags and self.pattern == other.pattern

    def __hash__(self):
        return hash((self.pattern, self.flags))


# Each compiled pattern's Pattern, by its code: re.compile gives the same
# object for the same pattern and flags, as CPython's cache does.
_patterns = {}


def _compile(pattern, flags):
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError('cannot process flags argument with a compiled pattern')
        # The Pattern found by its code rather than `return pattern`: the
        # type analysis does not narrow on isinstance, so that would make
        # every str pattern's result a str too.
        return _patterns[pattern._code]
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('first argument must be string or compiled pattern')
    code, final, message, position = _ingot_re.compile(pattern, flags)
    if code == -2:
        raise ValueError(message)
    if code == -1:
        if position >= 0:
            raise error(message, pattern, position)
        raise error(message)
    if code not in _patterns:
        _patterns[code] = Pattern(pattern, final, code)
    return _patterns[code]


def compile(pattern, flags=0):
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    return _compile(pattern, flags).search(string)


def findall(pattern, string, flags=0):
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    return _compile(pattern, flags).finditer(string)


def sub(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    return _compile(pattern, flags).split(string, maxsplit)


def escape(pattern):
    if not isinstance(pattern, (str, bytes)):
        raise TypeError('decoding to str: need a bytes-like object, %s found' % type(pattern).__name__)
    return _ingot_re.escape(pattern)
