"""JSON text from Python values, as CPython's json.dumps writes it."""

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


# A slot of no one type (its items are dyn) that the value to encode passes
# through: value() and the container writers are then compiled once, for
# dyn values, instead of once for each type of value a program encodes.
_untyped = [None, 0, 0.0, "", ()]


def encode_string(s, ensure_ascii):
    out = ['"']
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
            continue
        code = ord(ch)
        if code < 0x20 or (ensure_ascii and code > 0x7e):
            if code > 0xffff:
                # Outside the BMP, ensure_ascii writes a UTF-16 surrogate pair.
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xd800 | (code >> 10), 0xdc00 | (code & 0x3ff)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def encode_float(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return float.__repr__(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class Encoder:
    """The options of one dumps call, and the walk over the value."""

    def __init__(self, skipkeys, ensure_ascii, check_circular, allow_nan, indent, separators, default, sort_keys):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator, self.key_separator = ",", ": "
        else:
            self.item_separator, self.key_separator = ", ", ": "
        self.default = default
        self.sort_keys = sort_keys
        self.markers = set()

    def encode(self, o):
        chunks = []
        _untyped[0] = o
        self.value(_untyped[0], 0, chunks)
        return "".join(chunks)

    def value(self, o, depth, chunks):
        if isinstance(o, str):
            chunks.append(encode_string(o, self.ensure_ascii))
        elif o is None:
            chunks.append("null")
        elif o is True:
            chunks.append("true")
        elif o is False:
            chunks.append("false")
        elif isinstance(o, int):
            chunks.append(int.__repr__(o))
        elif isinstance(o, float):
            chunks.append(encode_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self.container(o, depth, chunks, self.array)
        elif isinstance(o, dict):
            self.container(o, depth, chunks, self.object)
        else:
            if self.default is None:
                raise TypeError("Object of type %s is not JSON serializable" % type(o).__name__)
            self.container(o, depth, chunks, self.defaulted)

    def container(self, o, depth, chunks, write):
        """Writes a list, dict or default()'s replacement, guarding against
        a value that contains itself."""
        marker = id(o)
        if self.check_circular:
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers.add(marker)
        write(o, depth, chunks)
        if self.check_circular:
            self.markers.discard(marker)

    def defaulted(self, o, depth, chunks):
        self.value(self.default(o), depth, chunks)

    def newline(self, depth):
        if self.indent is None:
            return ""
        return "\n" + self.indent * depth

    def array(self, items, depth, chunks):
        if not items:
            chunks.append("[]")
            return
        chunks.append("[")
        separator = self.item_separator + self.newline(depth + 1)
        chunks.append(self.newline(depth + 1))
        first = True
        for item in items:
            if not first:
                chunks.append(separator)
            first = False
            self.value(item, depth + 1, chunks)
        chunks.append(self.newline(depth))
        chunks.append("]")

    def object(self, dct, depth, chunks):
        if not dct:
            chunks.append("{}")
            return
        chunks.append("{")
        separator = self.item_separator + self.newline(depth + 1)
        chunks.append(self.newline(depth + 1))
        first = True
        items = sorted(dct.items()) if self.sort_keys else dct.items()
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = encode_float(key, self.allow_nan)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.skipkeys:
                continue
            else:
                raise TypeError("keys must be str, int, float, bool or None, not %s" % type(key).__name__)
            if not first:
                chunks.append(separator)
            first = False
            chunks.append(encode_string(key, self.ensure_ascii))
            chunks.append(self.key_separator)
            self.value(value, depth + 1, chunks)
        chunks.append(self.newline(depth))
        chunks.append("}")
