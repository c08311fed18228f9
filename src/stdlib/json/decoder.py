"""Python values from JSON text, with CPython's json error messages.

A recursive-descent parser over the string; every error is a
JSONDecodeError naming the position CPython's scanner names.
"""

_WHITESPACE = " \t\n\r"
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = "0123456789abcdefABCDEF"
_DIGITS = "0123456789"


class JSONDecodeError(ValueError):
    """A ValueError with where the text went wrong: msg, doc, pos, lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__("%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


class Decoder:
    def __init__(self, text, strict):
        self.text = text
        self.strict = strict

    def skip(self, i):
        text = self.text
        while i < len(text) and text[i] in _WHITESPACE:
            i += 1
        return i

    def error(self, msg, pos):
        raise JSONDecodeError(msg, self.text, pos)

    def document(self):
        end = self.skip(0)
        value, end = self.value(end)
        end = self.skip(end)
        if end != len(self.text):
            self.error("Extra data", end)
        return value

    def value(self, i):
        """The value starting at i (no whitespace before it) and where it ends."""
        text = self.text
        if i >= len(text):
            self.error("Expecting value", i)
        ch = text[i]
        if ch == '"':
            return self.string(i + 1)
        if ch == "{":
            return self.object(i + 1)
        if ch == "[":
            return self.array(i + 1)
        for word, result in (("null", None), ("true", True), ("false", False), ("NaN", float("nan")),
                             ("Infinity", float("inf")), ("-Infinity", float("-inf"))):
            if text.startswith(word, i):
                return result, i + len(word)
        return self.number(i)

    def number(self, i):
        # -?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?, the longest match.
        text = self.text
        start = i
        if i < len(text) and text[i] == "-":
            i += 1
        if i < len(text) and text[i] == "0":
            i += 1
        elif i < len(text) and text[i] in "123456789":
            i = self.digits(i)
        else:
            self.error("Expecting value", start)
        is_float = False
        if i + 1 < len(text) and text[i] == "." and text[i + 1] in _DIGITS:
            i = self.digits(i + 1)
            is_float = True
        if i < len(text) and text[i] in "eE":
            j = i + 1
            if j < len(text) and text[j] in "+-":
                j += 1
            if j < len(text) and text[j] in _DIGITS:
                i = self.digits(j)
                is_float = True
        if is_float:
            return float(text[start:i]), i
        return int(text[start:i]), i

    def digits(self, i):
        text = self.text
        while i < len(text) and text[i] in _DIGITS:
            i += 1
        return i

    def string(self, i):
        """The string whose opening quote is just before i."""
        text = self.text
        begin = i - 1
        chunks = []
        while True:
            j = i
            while j < len(text) and text[j] != '"' and text[j] != "\\" and (text[j] >= " " or not self.strict):
                j += 1
            chunks.append(text[i:j])
            if j >= len(text):
                self.error("Unterminated string starting at", begin)
            ch = text[j]
            if ch == '"':
                return "".join(chunks), j + 1
            if ch != "\\":
                self.error("Invalid control character at", j)
            if j + 1 >= len(text):
                self.error("Unterminated string starting at", begin)
            escape = text[j + 1]
            if escape != "u":
                if escape not in _BACKSLASH:
                    self.error("Invalid \\escape", j)
                chunks.append(_BACKSLASH[escape])
                i = j + 2
                continue
            code = self.hex4(j + 2, j)
            i = j + 6
            # A high surrogate followed by an escaped low one is one character.
            if 0xd800 <= code <= 0xdbff and i + 6 < len(text) and text.startswith("\\u", i):
                low = self.hex4(i + 2, i)
                if 0xdc00 <= low <= 0xdfff:
                    code = 0x10000 + (((code - 0xd800) << 10) | (low - 0xdc00))
                    i += 6
            chunks.append(chr(code))

    def hex4(self, i, escape_pos):
        """The four hex digits at i; CPython wants a character after them."""
        digits = self.text[i:i + 4]
        if i + 4 >= len(self.text) or any(c not in _HEX for c in digits):
            self.error("Invalid \\uXXXX escape", escape_pos + 1)
        return int(digits, 16)

    def array(self, i):
        text = self.text
        items = []
        i = self.skip(i)
        if i < len(text) and text[i] == "]":
            return items, i + 1
        while True:
            value, i = self.value(i)
            items.append(value)
            i = self.skip(i)
            if i < len(text) and text[i] == "]":
                return items, i + 1
            if i >= len(text) or text[i] != ",":
                self.error("Expecting ',' delimiter", i)
            i = self.skip(i + 1)

    def object(self, i):
        text = self.text
        result = {}
        i = self.skip(i)
        if i < len(text) and text[i] == "}":
            return result, i + 1
        while True:
            if i >= len(text) or text[i] != '"':
                self.error("Expecting property name enclosed in double quotes", i)
            key, i = self.string(i + 1)
            i = self.skip(i)
            if i >= len(text) or text[i] != ":":
                self.error("Expecting ':' delimiter", i)
            i = self.skip(i + 1)
            value, i = self.value(i)
            result[key] = value
            i = self.skip(i)
            if i < len(text) and text[i] == "}":
                return result, i + 1
            if i >= len(text) or text[i] != ",":
                self.error("Expecting ',' delimiter", i)
            i = self.skip(i + 1)
