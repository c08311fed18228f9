"""pprint: pretty-printing of the built-in containers.

A value whose one-line repr fits in what is left of the width is written
as that repr; a dict, list, tuple, set, frozenset or str that does not fit
is broken over lines, one item per line (with `compact`, as many as fit),
each item laid out the same way. Dicts are sorted by key unless
`sort_dicts=False`, keys of unorderable types by their type's name then
id, as CPython's `_safe_key` orders them. The output is built as a list of
strings rather than written to a stream.
"""

import collections as _collections

__all__ = ["pprint", "pformat", "isreadable", "isrecursive", "saferepr", "pp", "PrettyPrinter"]


def pprint(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True,
           underscore_numbers=False):
    printer = PrettyPrinter(indent, width, depth, stream, compact=compact, sort_dicts=sort_dicts,
                            underscore_numbers=underscore_numbers)
    printer.pprint(object)


def pformat(object, indent=1, width=80, depth=None, *, compact=False, sort_dicts=True, underscore_numbers=False):
    return PrettyPrinter(indent, width, depth, compact=compact, sort_dicts=sort_dicts,
                         underscore_numbers=underscore_numbers).pformat(object)


def pp(object, stream=None, indent=1, width=80, depth=None, *, compact=False, sort_dicts=False,
       underscore_numbers=False):
    pprint(object, stream, indent, width, depth, compact=compact, sort_dicts=sort_dicts,
           underscore_numbers=underscore_numbers)


def saferepr(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[0]


def isreadable(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[1]


def isrecursive(object):
    return PrettyPrinter()._safe_repr(object, {}, None, 0)[2]


class _SafeKey:
    """Orders values that may not be comparable: by value where they are,
    else by (type name, id)."""

    def __init__(self, obj):
        self.obj = obj

    def __lt__(self, other):
        try:
            return self.obj < other.obj
        except TypeError:
            return (str(type(self.obj)), id(self.obj)) < (str(type(other.obj)), id(other.obj))


def _safe_key(value):
    return _SafeKey(value)


def _safe_pair(pair):
    return _SafeKey(pair[0]), _SafeKey(pair[1])


def _recursion(object):
    return "<Recursion on %s with id=%s>" % (type(object).__name__, id(object))


class PrettyPrinter:
    def __init__(self, indent=1, width=80, depth=None, stream=None, *, compact=False, sort_dicts=True,
                 underscore_numbers=False):
        if indent < 0:
            raise ValueError("indent must be >= 0")
        if depth is not None and depth <= 0:
            raise ValueError("depth must be > 0")
        if not width:
            raise ValueError("width must be != 0")
        self._depth = depth
        self._indent_per_level = indent
        self._width = width
        self._stream = stream
        self._compact = bool(compact)
        self._sort_dicts = sort_dicts
        self._underscore_numbers = underscore_numbers
        self._readable = True
        self._recursive = False

    def pprint(self, object):
        if self._stream is None:
            print(self.pformat(object))
        else:
            self._stream.write(self.pformat(object))
            self._stream.write("\n")

    def pformat(self, object):
        out = []
        self._format(object, out, 0, 0, {}, 0)
        return "".join(out)

    def isrecursive(self, object):
        return self._safe_repr(object, {}, self._depth, 0)[2]

    def isreadable(self, object):
        s, readable, recursive = self._safe_repr(object, {}, self._depth, 0)
        return readable and not recursive

    def format(self, object, context, maxlevels, level):
        return self._safe_repr(object, context, maxlevels, level)

    # The layout: `indent` is the column the value starts at, `allowance`
    # the characters that must still fit after it on its last line.
    def _format(self, object, out, indent, allowance, context, level):
        key = id(object)
        if key in context:
            out.append(_recursion(object))
            self._recursive = True
            self._readable = False
            return
        rep = self._repr(object, context, level)
        if len(rep) > self._width - indent - allowance:
            kind = self._kind(object)
            if kind:
                context[key] = 1
                if kind == "dict":
                    self._pprint_dict(object, out, indent, allowance, context, level + 1)
                elif kind == "list":
                    out.append("[")
                    self._format_items(object, out, indent, allowance + 1, context, level + 1)
                    out.append("]")
                elif kind == "tuple":
                    out.append("(")
                    end = ",)" if len(object) == 1 else ")"
                    self._format_items(object, out, indent, allowance + len(end), context, level + 1)
                    out.append(end)
                elif kind == "counter":
                    self._pprint_counter(object, out, indent, allowance, context, level + 1)
                elif kind == "ordered":
                    self._pprint_ordered_dict(object, out, indent, allowance, context, level + 1)
                elif kind == "defaultdict":
                    self._pprint_default_dict(object, out, indent, allowance, context, level + 1)
                elif kind == "set":
                    self._pprint_set(object, out, indent, allowance, context, level + 1)
                elif kind == "str":
                    self._pprint_str(object, out, indent, allowance, level + 1)
                elif kind == "bytes":
                    self._pprint_bytes(object, out, indent, allowance, level + 1)
                else:
                    out.append("bytearray(")
                    self._pprint_bytes(bytes(object), out, indent + 10, allowance + 1, level + 2)
                    out.append(")")
                del context[key]
                return
        out.append(rep)

    def _kind(self, object):
        """Which layout a value too long for its line gets ("" for none).
        CPython gives a builtin's layout to its subclasses that keep its
        __repr__ too; here those print their repr on one line."""
        t = type(object)
        if t is dict:
            return "dict"
        if t is list:
            return "list"
        if t is tuple:
            return "tuple"
        if t is set or t is frozenset:
            return "set"
        if t is str:
            return "str"
        if t is bytes:
            return "bytes"
        if t is bytearray:
            return "bytearray"
        if t is _collections.Counter:
            return "counter"
        if t is _collections.OrderedDict:
            return "ordered"
        if t is _collections.defaultdict:
            return "defaultdict"
        return ""

    def _pprint_dict(self, object, out, indent, allowance, context, level):
        out.append("{")
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        if len(object):
            items = sorted(object.items(), key=_safe_pair) if self._sort_dicts else list(object.items())
            self._format_dict_items(items, out, indent, allowance + 1, context, level)
        out.append("}")

    def _format_dict_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        separator = ",\n" + " " * indent
        last_index = len(items) - 1
        for i in range(len(items)):
            key, value = items[i]
            last = i == last_index
            rep = self._repr(key, context, level)
            out.append(rep)
            out.append(": ")
            self._format(value, out, indent + len(rep) + 2, allowance if last else 1, context, level)
            if not last:
                out.append(separator)

    # Counter, OrderedDict and defaultdict as CPython lays them out: the
    # class name around the dict's layout (a Counter's items most common
    # first, an OrderedDict's as a list of pairs).
    def _pprint_counter(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + "({")
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        self._format_dict_items(object.most_common(), out, indent + len(name) + 1, allowance + 2, context, level)
        out.append("})")

    def _pprint_ordered_dict(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        name = type(object).__name__
        out.append(name + "(")
        self._format(list(object.items()), out, indent + len(name) + 1, allowance + 1, context, level)
        out.append(")")

    def _pprint_default_dict(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        factory = self._repr(object.default_factory, context, level)
        name = type(object).__name__
        indent += len(name) + 1
        out.append("%s(%s,\n%s" % (name, factory, " " * indent))
        self._pprint_dict(object, out, indent, allowance + 1, context, level)
        out.append(")")

    def _pprint_set(self, object, out, indent, allowance, context, level):
        if not len(object):
            out.append(repr(object))
            return
        if type(object) is not set:
            name = type(object).__name__
            out.append(name + "({")
            end = "})"
            indent += len(name) + 1
        else:
            out.append("{")
            end = "}"
        items = sorted(object, key=_safe_key)
        self._format_items(items, out, indent, allowance + len(end), context, level)
        out.append(end)

    def _pprint_str(self, object, out, indent, allowance, level):
        if not len(object):
            out.append(repr(object))
            return
        chunks = []
        lines = object.splitlines(True)
        if level == 1:
            indent += 1
            allowance += 1
        max_width = self._width - indent
        line_width = max_width
        rep = ""
        for i in range(len(lines)):
            line = lines[i]
            rep = repr(line)
            if i == len(lines) - 1:
                line_width -= allowance
            if len(rep) <= line_width:
                chunks.append(rep)
                continue
            # Split after runs of whitespace, keeping as many words on a
            # piece as fit.
            parts = _words(line)
            part_width = max_width
            current = ""
            for j in range(len(parts)):
                candidate = current + parts[j]
                if j == len(parts) - 1 and i == len(lines) - 1:
                    part_width -= allowance
                if len(repr(candidate)) > part_width:
                    if current:
                        chunks.append(repr(current))
                    current = parts[j]
                else:
                    current = candidate
            if current:
                chunks.append(repr(current))
        if len(chunks) == 1:
            out.append(rep)
            return
        if level == 1:
            out.append("(")
        for i in range(len(chunks)):
            if i > 0:
                out.append("\n" + " " * indent)
            out.append(chunks[i])
        if level == 1:
            out.append(")")

    def _pprint_bytes(self, object, out, indent, allowance, level):
        if len(object) <= 4:
            out.append(repr(object))
            return
        parens = level == 1
        if parens:
            indent += 1
            allowance += 1
            out.append("(")
        # Pieces of four bytes, as many on a line as fit.
        width = self._width - indent
        last = len(object) // 4 * 4
        current = b""
        pieces = []
        for i in range(0, len(object), 4):
            part = object[i:i + 4]
            candidate = current + part
            if i == last:
                width -= allowance
            if len(repr(candidate)) > width:
                if current:
                    pieces.append(repr(current))
                current = part
            else:
                current = candidate
        if current:
            pieces.append(repr(current))
        out.append(("\n" + " " * indent).join(pieces))
        if parens:
            out.append(")")

    def _format_items(self, items, out, indent, allowance, context, level):
        indent += self._indent_per_level
        if self._indent_per_level > 1:
            out.append((self._indent_per_level - 1) * " ")
        separator_nl = ",\n" + " " * indent
        separator = ""
        width = max_width = self._width - indent + 1
        n = len(items)
        i = 0
        for item in items:
            i += 1
            last = i == n
            if last:
                max_width -= allowance
                width -= allowance
            if self._compact:
                rep = self._repr(item, context, level)
                w = len(rep) + 2
                if width < w:
                    width = max_width
                    if separator:
                        separator = separator_nl
                if width >= w:
                    width -= w
                    out.append(separator)
                    separator = ", "
                    out.append(rep)
                    continue
            out.append(separator)
            separator = separator_nl
            self._format(item, out, indent, allowance if last else 1, context, level)

    def _repr(self, object, context, level):
        rep, readable, recursive = self._safe_repr(object, context.copy(), self._depth, level)
        if not readable:
            self._readable = False
        if recursive:
            self._recursive = True
        return rep

    def _safe_repr(self, object, context, maxlevels, level):
        """(repr, readable, recursive) of the value on one line, with
        dicts sorted, nesting past maxlevels as '...', and a container
        inside itself as a <Recursion ...> marker."""
        if object is None or isinstance(object, (str, bytes, bytearray, float, complex, bool)):
            return repr(object), True, False
        if type(object) is int:
            if self._underscore_numbers:
                return f"{object:_d}", True, False
            return repr(object), True, False
        kind = self._kind(object)
        if kind == "dict":
            template = "{%s}" if object else "{}"
        elif kind == "list":
            template = "[%s]" if object else "[]"
        elif kind == "tuple":
            template = "(%s,)" if len(object) == 1 else "(%s)" if object else "()"
        else:
            rep = repr(object)
            return rep, bool(rep) and not rep.startswith("<"), False
        if not object:
            return template, True, False
        key = id(object)
        if maxlevels and level >= maxlevels:
            return template % "...", False, key in context
        if key in context:
            return _recursion(object), False, True
        context[key] = 1
        readable = True
        recursive = False
        parts = []
        if kind == "dict":
            items = sorted(object.items(), key=_safe_pair) if self._sort_dicts else list(object.items())
            for k, v in items:
                krepr, kreadable, krecursive = self._safe_repr(k, context, maxlevels, level + 1)
                vrepr, vreadable, vrecursive = self._safe_repr(v, context, maxlevels, level + 1)
                parts.append("%s: %s" % (krepr, vrepr))
                readable = readable and kreadable and vreadable
                recursive = recursive or krecursive or vrecursive
        else:
            for item in object:
                irepr, ireadable, irecursive = self._safe_repr(item, context, maxlevels, level + 1)
                parts.append(irepr)
                readable = readable and ireadable
                recursive = recursive or irecursive
        del context[key]
        return template % ", ".join(parts), readable, recursive


def _words(line):
    """What re.findall(r'\\S*\\s*', line) gives, less its final empty match:
    each run of non-space characters with the whitespace after it."""
    parts = []
    i = 0
    n = len(line)
    while i < n:
        j = i
        while j < n and not line[j].isspace():
            j += 1
        while j < n and line[j].isspace():
            j += 1
        parts.append(line[i:j])
        i = j
    return parts
