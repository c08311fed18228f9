"""string: the character-class constants, capwords and Template.

CPython's Template finds placeholders with a regular expression; this one
scans for them by hand, accepting exactly what that expression accepts with
the default `idpattern` (ASCII letters, digits and `_`, case-insensitive).
A subclass may change `delimiter`; a custom `idpattern` or `pattern` is not
honoured.
"""

__all__ = ["ascii_letters", "ascii_lowercase", "ascii_uppercase", "capwords", "digits", "hexdigits",
           "octdigits", "printable", "punctuation", "whitespace", "Template"]

whitespace = " \t\n\r\v\f"
ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = digits + "abcdef" + "ABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
printable = digits + ascii_letters + punctuation + whitespace

_ID_START = "_" + ascii_letters
_ID_REST = _ID_START + digits


def capwords(s, sep=None):
    # s.split() spelled without its None: a sep that may be None is one
    # the compiled split would take as a str.
    words = s.split() if sep is None else s.split(sep)
    return (sep or " ").join(word.capitalize() for word in words)


class _Placeholder:
    """One delimiter found in a template: what follows it and where the
    text after the placeholder resumes."""

    def __init__(self, kind, name, start, end):
        self.kind = kind  # "escaped", "named", "braced" or "invalid"
        self.name = name
        self.start = start  # the delimiter's index
        self.end = end


class Template:
    delimiter = "$"

    def __init__(self, template):
        self.template = template

    def _placeholders(self):
        text = self.template
        delimiter = self.delimiter
        found = []
        i = text.find(delimiter)
        while i >= 0:
            after = i + len(delimiter)
            if text.startswith(delimiter, after):
                found.append(_Placeholder("escaped", "", i, after + len(delimiter)))
            else:
                end = _identifier_end(text, after)
                if end > after:
                    found.append(_Placeholder("named", text[after:end], i, end))
                else:
                    end = _identifier_end(text, after + 1) if text.startswith("{", after) else after
                    if end > after + 1 and text.startswith("}", end):
                        found.append(_Placeholder("braced", text[after + 1:end], i, end + 1))
                    else:
                        found.append(_Placeholder("invalid", "", i, after))
            i = text.find(delimiter, found[-1].end)
        return found

    def _invalid(self, placeholder):
        # CPython reports where the empty "invalid" group matched: just
        # after the delimiter.
        i = placeholder.start + len(self.delimiter)
        lines = self.template[:i].splitlines(True)
        if not lines:
            colno = 1
            lineno = 1
        else:
            colno = i - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError("Invalid placeholder in string: line %d, col %d" % (lineno, colno))

    def _render(self, mapping, keywords, safe):
        text = self.template
        parts = []
        position = 0
        for placeholder in self._placeholders():
            parts.append(text[position:placeholder.start])
            position = placeholder.end
            if placeholder.kind == "escaped":
                parts.append(self.delimiter)
            elif placeholder.kind == "invalid":
                if not safe:
                    self._invalid(placeholder)
                parts.append(self.delimiter)
            elif safe:
                try:
                    parts.append(str(_lookup(placeholder.name, mapping, keywords)))
                except KeyError:
                    parts.append(text[placeholder.start:placeholder.end])
            else:
                parts.append(str(_lookup(placeholder.name, mapping, keywords)))
        parts.append(text[position:])
        return "".join(parts)

    def substitute(self, mapping=None, /, **kws):
        return self._render(mapping, kws, False)

    def safe_substitute(self, mapping=None, /, **kws):
        return self._render(mapping, kws, True)

    def is_valid(self):
        return all(p.kind != "invalid" for p in self._placeholders())

    def get_identifiers(self):
        ids = []
        for placeholder in self._placeholders():
            if placeholder.kind in ("named", "braced") and placeholder.name not in ids:
                ids.append(placeholder.name)
        return ids


def _identifier_end(text, start):
    if start >= len(text) or text[start] not in _ID_START:
        return start
    end = start + 1
    while end < len(text) and text[end] in _ID_REST:
        end += 1
    return end


def _lookup(name, mapping, keywords):
    """The keywords hide the mapping, as CPython's ChainMap(kws, mapping) does."""
    if name in keywords or mapping is None:
        return keywords[name]
    return mapping[name]
