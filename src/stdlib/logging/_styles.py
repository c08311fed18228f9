"""logging's format styles: '%' (PercentStyle), '{' (StrFormatStyle) and
'$' (StringTemplateStyle), each formatting a record's attributes.

CPython validates a '%' format with a regular expression and a '{' one with
string.Formatter.parse; `_percent_field_at` and `_brace_fields` scan for
the same things by hand, so importing logging does not compile re."""

from string import Template

_PERCENT_FLAGS = "#0+ -"
_PERCENT_TYPES = "diouxefgcrsa%"


def _digits_end(fmt, i):
    while i < len(fmt) and fmt[i].isdigit():
        i += 1
    return i


def _width_end(fmt, i):
    """Past `(\\*|\\d+)?` at fmt[i]."""
    if i < len(fmt) and fmt[i] == '*':
        return i + 1
    return _digits_end(fmt, i)


def _percent_field_at(fmt, i):
    """Whether CPython's `%\\(\\w+\\)[#0+ -]*(\\*|\\d+)?(\\.(\\*|\\d+))?[diouxefgcrsa%]`
    (ignoring case) matches at fmt[i]."""
    n = len(fmt)
    if fmt[i] != '%' or i + 1 >= n or fmt[i + 1] != '(':
        return False
    j = i + 2
    while j < n and (fmt[j].isalnum() or fmt[j] == '_'):
        j += 1
    if j == i + 2 or j >= n or fmt[j] != ')':
        return False
    j += 1
    while j < n and fmt[j] in _PERCENT_FLAGS:
        j += 1
    j = _width_end(fmt, j)
    if j < n and fmt[j] == '.':
        k = _width_end(fmt, j + 1)
        if k > j + 1:
            j = k
    return j < n and fmt[j].lower() in _PERCENT_TYPES


class PercentStyle(object):
    __module__ = "logging"

    default_format = '%(message)s'
    asctime_format = '%(asctime)s'
    asctime_search = '%(asctime)'

    def __init__(self, fmt, *, defaults=None):
        fmt = fmt or self.default_format
        # Typed as a str from here (CPython's validation regex raises this).
        if not isinstance(fmt, str):
            raise TypeError("expected string or bytes-like object, got '%s'" % type(fmt).__name__)
        self._fmt = str(fmt)
        self._defaults = defaults

    def usesTime(self):
        return self._fmt.find(self.asctime_search) >= 0

    def validate(self):
        for i in range(len(self._fmt)):
            if _percent_field_at(self._fmt, i):
                return
        raise ValueError("Invalid format '%s' for '%s' style" % (self._fmt, self.default_format[0]))

    def _values(self, record):
        defaults = self._defaults
        if defaults:
            return defaults | record.__dict__
        return record.__dict__

    def _format(self, record):
        return self._fmt % self._values(record)

    def format(self, record):
        try:
            return self._format(record)
        except KeyError as e:
            raise ValueError('Formatting field not found in record: %s' % e)


def _brace_fields(fmt):
    """The (field name, format spec, conversion) of each replacement field
    of a str.format string, as string.Formatter.parse yields them (lazily:
    a field before a malformed part is checked first); a part str.format
    would refuse raises its ValueError (Objects/stringlib/unicode_format.h)."""
    i = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        i += 1
        if c != '{' and c != '}':
            continue
        if c == '}':
            if i >= n or fmt[i] != '}':
                raise ValueError("Single '}' encountered in format string")
            i += 1
            continue
        if i >= n:
            raise ValueError("Single '{' encountered in format string")
        if fmt[i] == '{':
            i += 1
            continue
        field = _parse_field(fmt, i)
        i = field[3]
        yield field[0], field[1], field[2]


def _parse_field(fmt, i):
    """unicode_format.h's parse_field from fmt[i], just past a '{': the name
    runs to a ':', '!' or '}' outside brackets; '!' takes one character,
    then a '}' or a ':' and a spec up to the matching '}'. Returns the
    name, spec, conversion and where the field ends."""
    n = len(fmt)
    start = i
    c = ''
    while i < n:
        c = fmt[i]
        i += 1
        if c == '{':
            raise ValueError("unexpected '{' in field name")
        if c == '[':
            while i < n and fmt[i] != ']':
                i += 1
            continue
        if c == '}' or c == ':' or c == '!':
            break
    name = fmt[start:i - 1]
    if c != '!' and c != ':':
        if c != '}':
            raise ValueError("expected '}' before end of string")
        return name, '', '', i
    conversion = ''
    if c == '!':
        if i >= n:
            raise ValueError("end of string while looking for conversion specifier")
        conversion = fmt[i]
        i += 1
        if i < n:
            c = fmt[i]
            i += 1
            if c == '}':
                return name, '', conversion, i
            if c != ':':
                raise ValueError("expected ':' after conversion specifier")
    spec_start = i
    depth = 1
    while i < n:
        c = fmt[i]
        i += 1
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
            if depth == 0:
                return name, fmt[spec_start:i - 1], conversion, i
    raise ValueError("unmatched '{' in format spec")


def _number_or_name_end(spec, i):
    """Past `(\d+|{\w+})` at spec[i], or i."""
    n = len(spec)
    if i < n and spec[i] == '{':
        j = i + 1
        while j < n and (spec[j].isalnum() or spec[j] == '_'):
            j += 1
        return j + 1 if j > i + 1 and j < n and spec[j] == '}' else i
    while i < n and spec[i].isdigit():
        i += 1
    return i


def _spec_rest_matches(spec, i):
    """`[+ -]?#?0?(\d+|{\w+})?[,_]?(\.(\d+|{\w+}))?[bcdefgnosx%]?$` at spec[i]
    (ignoring case); its optional parts never need to give back what they took."""
    n = len(spec)
    if i < n and spec[i] in '+ -':
        i += 1
    if i < n and spec[i] == '#':
        i += 1
    if i < n and spec[i] == '0':
        i += 1
    i = _number_or_name_end(spec, i)
    if i < n and spec[i] in ',_':
        i += 1
    if i < n and spec[i] == '.':
        j = _number_or_name_end(spec, i + 1)
        if j > i + 1:
            i = j
    if i < n and spec[i].lower() in 'bcdefgnosx%':
        i += 1
    return i == n


def _valid_spec(spec):
    """CPython's StrFormatStyle.fmt_spec: an optional fill and alignment, then the rest."""
    aligns = '<>=^'
    if len(spec) >= 2 and spec[1] in aligns and _spec_rest_matches(spec, 2):
        return True
    if len(spec) >= 1 and spec[0] in aligns and _spec_rest_matches(spec, 1):
        return True
    return _spec_rest_matches(spec, 0)


class StrFormatStyle(PercentStyle):
    __module__ = "logging"

    default_format = '{message}'
    asctime_format = '{asctime}'
    asctime_search = '{asctime'

    def _format(self, record):
        return self._fmt.format(**self._values(record))

    def validate(self):
        found = False
        try:
            for fieldname, spec, conversion in _brace_fields(self._fmt):
                if fieldname:
                    if not _simple_field(fieldname):
                        raise ValueError('invalid field name/expression: %r' % fieldname)
                    found = True
                if conversion and conversion not in 'rsa':
                    raise ValueError('invalid conversion: %r' % conversion)
                if spec and not _valid_spec(spec):
                    raise ValueError('bad specifier: %r' % spec)
        except ValueError as e:
            raise ValueError('invalid format: %s' % e)
        if not found:
            raise ValueError('invalid format: no fields')


def _simple_field(name):
    """CPython's `^(\\d+|\\w+)(\\.\\w+|\\[[^]]+\\])*$` for the common case of
    a plain name or index followed by attributes and items."""
    i = 0
    n = len(name)
    while i < n and (name[i].isalnum() or name[i] == '_'):
        i += 1
    if i == 0:
        return False
    while i < n:
        if name[i] == '.':
            j = i + 1
            while j < n and (name[j].isalnum() or name[j] == '_'):
                j += 1
            if j == i + 1:
                return False
            i = j
        elif name[i] == '[':
            j = name.find(']', i + 1)
            if j <= i + 1:
                return False
            i = j + 1
        else:
            return False
    return True


class StringTemplateStyle(PercentStyle):
    __module__ = "logging"

    default_format = '${message}'
    asctime_format = '${asctime}'
    asctime_search = '${asctime}'

    def __init__(self, fmt, *, defaults=None):
        PercentStyle.__init__(self, fmt, defaults=defaults)
        self._tpl = Template(self._fmt)

    def usesTime(self):
        fmt = self._fmt
        return fmt.find('$asctime') >= 0 or fmt.find(self.asctime_search) >= 0

    def validate(self):
        fmt = self._fmt
        found = False
        i = 0
        n = len(fmt)
        while i < n:
            if fmt[i] != '$':
                i += 1
                continue
            if i + 1 < n and fmt[i + 1] == '$':
                i += 2
                continue
            j = i + 1
            braced = j < n and fmt[j] == '{'
            if braced:
                j += 1
            k = j
            if k < n and (fmt[k].isascii() and (fmt[k].isalpha() or fmt[k] == '_')):
                k += 1
                while k < n and fmt[k].isascii() and (fmt[k].isalnum() or fmt[k] == '_'):
                    k += 1
            if k > j and (not braced or (k < n and fmt[k] == '}')):
                found = True
                i = k + 1 if braced else k
                continue
            raise ValueError("invalid format: bare '$' not allowed")
        if not found:
            raise ValueError('invalid format: no fields')

    def _format(self, record):
        return self._tpl.substitute(**self._values(record))
