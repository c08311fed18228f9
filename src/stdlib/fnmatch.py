"""fnmatch: shell-style pattern matching (Lib/fnmatch.py): translate()
builds CPython's regular expression, character for character, and the
matchers run it through re.

A '*' is marked in translate's first pass by the empty string, which no
other piece can be, where CPython uses an object (so the list holds str)."""

import re

__all__ = ["filter", "fnmatch", "fnmatchcase", "translate"]

_STAR = ""
_compiled = {}


def _normcase(s):
    """posixpath.normcase: os.fspath, nothing more (no os.PathLike here)."""
    if not isinstance(s, (str, bytes)):
        raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(s).__name__)
    return s


def fnmatch(name, pat):
    """Test whether FILENAME matches PATTERN (case-normalized as the OS
    does, which on posix is not at all)."""
    name = _normcase(name)
    pat = _normcase(pat)
    return fnmatchcase(name, pat)


def _compile_pattern(pat):
    # CPython keeps these in an lru_cache of 32768.
    if pat not in _compiled:
        if len(_compiled) >= 32768:
            _compiled.clear()
        _compiled[pat] = re.compile(translate(pat))
    return _compiled[pat]


def filter(names, pat):
    """Construct a list from those elements of the iterable NAMES that match PAT."""
    result = []
    pat = _normcase(pat)
    match = _compile_pattern(pat)
    for name in names:
        if match.match(name):
            result.append(name)
    return result


def fnmatchcase(name, pat):
    """Test whether FILENAME matches PATTERN, including case."""
    return _compile_pattern(pat).match(name) is not None


def _set_body(pat, i, j):
    """The body of the regex class for pat[i:j], the inside of a [...]."""
    stuff = pat[i:j]
    if '-' not in stuff:
        stuff = stuff.replace('\\', r'\\')
    else:
        chunks = []
        k = i + 2 if pat[i] == '!' else i + 1
        while True:
            k = pat.find('-', k, j)
            if k < 0:
                break
            chunks.append(pat[i:k])
            i = k + 1
            k = k + 3
        chunk = pat[i:j]
        if chunk:
            chunks.append(chunk)
        else:
            chunks[-1] += '-'
        # Remove empty ranges -- invalid in RE.
        for k in range(len(chunks) - 1, 0, -1):
            if chunks[k - 1][-1] > chunks[k][0]:
                chunks[k - 1] = chunks[k - 1][:-1] + chunks[k][1:]
                del chunks[k]
        # Escape backslashes and hyphens for set difference (--).
        # Hyphens that create ranges shouldn't be escaped.
        stuff = '-'.join(s.replace('\\', r'\\').replace('-', r'\-') for s in chunks)
    # Escape set operations (&&, ~~ and ||): CPython's re.sub(r'([&~|])', r'\\\1', stuff).
    for c in '&~|':
        stuff = stuff.replace(c, '\\' + c)
    return stuff


def translate(pat):
    """Translate a shell PATTERN to a regular expression."""
    res = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        i = i + 1
        if c == '*':
            # compress consecutive `*` into one
            if (not res) or res[-1] != _STAR:
                res.append(_STAR)
        elif c == '?':
            res.append('.')
        elif c == '[':
            j = i
            if j < n and pat[j] == '!':
                j = j + 1
            if j < n and pat[j] == ']':
                j = j + 1
            while j < n and pat[j] != ']':
                j = j + 1
            if j >= n:
                res.append('\\[')
            else:
                stuff = _set_body(pat, i, j)
                i = j + 1
                if not stuff:
                    # Empty range: never match.
                    res.append('(?!)')
                elif stuff == '!':
                    # Negated empty range: match any character.
                    res.append('.')
                else:
                    if stuff[0] == '!':
                        stuff = '^' + stuff[1:]
                    elif stuff[0] in ('^', '['):
                        stuff = '\\' + stuff
                    res.append('[' + stuff + ']')
        else:
            res.append(re.escape(c))

    # Deal with STARs: fixed pieces at the start, then STAR fixed STAR
    # fixed ..., each interior pair a minimal .*? match followed by `fixed`
    # in an atomic group, so there is no backtracking into it.
    inp = res
    out = []
    i, n = 0, len(inp)
    while i < n and inp[i] != _STAR:
        out.append(inp[i])
        i += 1
    while i < n:
        i += 1
        if i == n:
            out.append(".*")
            break
        fixed = []
        while i < n and inp[i] != _STAR:
            fixed.append(inp[i])
            i += 1
        joined = "".join(fixed)
        if i == n:
            out.append(".*")
            out.append(joined)
        else:
            out.append("(?>.*?" + joined + ")")
    return "(?s:" + "".join(out) + ")\\Z"
