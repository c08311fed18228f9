"""csv: reading and writing comma-separated values.

The reader is _csv.c's state machine, one character at a time over the
lines the iterable gives (a quoted field may run over several); the writer
quotes and escapes as its join_append does. Dialects are classes or
instances with the documented attributes (`excel`, `excel_tab`,
`unix_dialect`, or any object that has them), each attribute overridable
by keyword.
"""

__all__ = ["QUOTE_MINIMAL", "QUOTE_ALL", "QUOTE_NONNUMERIC", "QUOTE_NONE", "Error", "Dialect", "excel", "excel_tab",
           "unix_dialect", "reader", "writer", "register_dialect", "get_dialect", "list_dialects",
           "unregister_dialect", "field_size_limit", "DictReader", "DictWriter"]

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = 0, 1, 2, 3


class Error(Exception):
    pass


class Dialect:
    """The formatting parameters of a kind of CSV file."""
    delimiter = ","
    quotechar = '"'
    escapechar = None
    doublequote = True
    skipinitialspace = False
    lineterminator = "\r\n"
    quoting = QUOTE_MINIMAL
    strict = False


class excel(Dialect):
    pass


class excel_tab(excel):
    delimiter = "\t"


class unix_dialect(Dialect):
    lineterminator = "\n"
    quoting = QUOTE_ALL


_dialects = {"excel": excel, "excel-tab": excel_tab, "unix": unix_dialect}
_field_limit = [131072]


def register_dialect(name, dialect=excel, **fmtparams):
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _Params(dialect, fmtparams)


def unregister_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    del _dialects[name]


def get_dialect(name):
    if name not in _dialects:
        raise Error("unknown dialect")
    return _dialects[name]


def list_dialects():
    return list(_dialects)


def field_size_limit(*args):
    old = _field_limit[0]
    if args:
        _field_limit[0] = args[0]
    return old


class _Params:
    """A dialect's parameters, each from fmtparams if given there."""

    def __init__(self, dialect, fmtparams):
        if isinstance(dialect, str):
            dialect = get_dialect(dialect)
        self.delimiter = fmtparams.get("delimiter", dialect.delimiter)
        self.quotechar = fmtparams.get("quotechar", dialect.quotechar)
        self.escapechar = fmtparams.get("escapechar", dialect.escapechar)
        self.doublequote = fmtparams.get("doublequote", dialect.doublequote)
        self.skipinitialspace = fmtparams.get("skipinitialspace", dialect.skipinitialspace)
        self.lineterminator = fmtparams.get("lineterminator", dialect.lineterminator)
        self.quoting = fmtparams.get("quoting", dialect.quoting)
        self.strict = fmtparams.get("strict", dialect.strict)
        if not isinstance(self.delimiter, str) or len(self.delimiter) != 1:
            raise TypeError('"delimiter" must be a 1-character string')
        if self.quoting not in (QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError("bad \"quoting\" value")
        if self.quotechar is None and self.quoting != QUOTE_NONE:
            raise TypeError("quotechar must be set if quoting enabled")
        if not isinstance(self.lineterminator, str):
            raise TypeError('"lineterminator" must be a string')


# The reader's states (_csv.c's ParserState).
_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD = 0, 1, 2, 3, 4
_ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL = 5, 6, 7
_EOL = ""  # the end of a line, as no character


class _Reader:
    def __init__(self, iterable, dialect, fmtparams):
        self._lines = iter(iterable)
        self.dialect = _Params(dialect, fmtparams)
        self.line_num = 0
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD

    def __iter__(self):
        return self

    def _save_field(self):
        text = "".join(self._field)
        self._field = []
        if self._numeric:
            self._numeric = False
            self._fields.append(float(text))
        else:
            self._fields.append(text)

    def _add(self, c):
        if len(self._field) >= _field_limit[0]:
            raise Error("field larger than field limit (%d)" % _field_limit[0])
        self._field.append(c)

    def _end_of_field(self, c):
        """A line end or delimiter ends the field; a line end the record too."""
        self._save_field()
        if c == _EOL:
            self._state = _START_RECORD
        elif c == "\n" or c == "\r":
            self._state = _EAT_CRNL
        else:
            self._state = _START_FIELD

    def _process(self, c):
        d = self.dialect
        state = self._state
        if state == _START_RECORD:
            if c == _EOL:
                return
            if c == "\n" or c == "\r":
                self._state = _EAT_CRNL
                return
            self._state = state = _START_FIELD
        if state == _START_FIELD:
            if c == "\n" or c == "\r" or c == _EOL:
                self._end_of_field(c)
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _IN_QUOTED_FIELD
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == " " and d.skipinitialspace:
                pass
            elif c == d.delimiter:
                self._save_field()
            else:
                if d.quoting == QUOTE_NONNUMERIC:
                    self._numeric = True
                self._add(c)
                self._state = _IN_FIELD
        elif state == _ESCAPED_CHAR:
            self._add("\n" if c == _EOL else c)
            self._state = _IN_FIELD
        elif state == _IN_FIELD:
            if c == "\n" or c == "\r" or c == _EOL:
                self._end_of_field(c)
            elif c == d.escapechar:
                self._state = _ESCAPED_CHAR
            elif c == d.delimiter:
                self._end_of_field(c)
            else:
                self._add(c)
        elif state == _IN_QUOTED_FIELD:
            if c == _EOL:
                pass
            elif c == d.escapechar:
                self._state = _ESCAPE_IN_QUOTED_FIELD
            elif c == d.quotechar and d.quoting != QUOTE_NONE:
                self._state = _QUOTE_IN_QUOTED_FIELD if d.doublequote else _IN_FIELD
            else:
                self._add(c)
        elif state == _ESCAPE_IN_QUOTED_FIELD:
            self._add("\n" if c == _EOL else c)
            self._state = _IN_QUOTED_FIELD
        elif state == _QUOTE_IN_QUOTED_FIELD:
            if d.quoting != QUOTE_NONE and c == d.quotechar:
                self._add(c)
                self._state = _IN_QUOTED_FIELD
            elif c == d.delimiter or c == "\n" or c == "\r" or c == _EOL:
                self._end_of_field(c)
            elif not d.strict:
                self._add(c)
                self._state = _IN_FIELD
            else:
                raise Error("'%s' expected after '%s'" % (d.delimiter, d.quotechar))
        elif state == _EAT_CRNL:
            if c == "\n" or c == "\r":
                pass
            elif c == _EOL:
                self._state = _START_RECORD
            else:
                raise Error("new-line character seen in unquoted field - do you need to open the file in "
                            "universal-newline mode?")

    def __next__(self):
        self._fields = []
        self._field = []
        self._numeric = False
        self._state = _START_RECORD
        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if self._field or self._state == _IN_QUOTED_FIELD:
                    if self.dialect.strict:
                        raise Error("unexpected end of data") from None
                    self._save_field()
                    break
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file should be opened in text mode)"
                            % type(line).__name__)
            self.line_num += 1
            for c in line:
                self._process(c)
            self._process(_EOL)
            if self._state == _START_RECORD:
                break
        fields = self._fields
        self._fields = []
        return fields


def reader(csvfile, dialect="excel", **fmtparams):
    return _Reader(csvfile, dialect, fmtparams)


def _is_number(value):
    return isinstance(value, (int, float, complex)) or type(value).__name__ in ("Decimal", "Fraction")


class _Writer:
    def __init__(self, fileobj, dialect, fmtparams):
        self._file = fileobj
        self.dialect = _Params(dialect, fmtparams)

    def _field(self, value, quoted):
        """The field's text, quoted and escaped as needed."""
        d = self.dialect
        text = "" if value is None else value if isinstance(value, str) else str(value)
        out = []
        for c in text:
            if c == d.delimiter or c == d.escapechar or c == d.quotechar or c in d.lineterminator:
                escape = False
                if d.quoting == QUOTE_NONE:
                    escape = True
                else:
                    if c == d.quotechar:
                        if d.doublequote:
                            out.append(d.quotechar)
                        else:
                            escape = True
                    elif c == d.escapechar:
                        escape = True
                    if not escape:
                        quoted = True
                if escape:
                    if d.escapechar is None:
                        raise Error("need to escape, but no escapechar set")
                    out.append(d.escapechar)
            out.append(c)
        text = "".join(out)
        if quoted:
            return d.quotechar + text + d.quotechar
        return text

    def writerow(self, row):
        d = self.dialect
        try:
            values = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s" % type(row).__name__) from None
        fields = []
        for value in values:
            if d.quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(value)
            else:
                quoted = d.quoting == QUOTE_ALL
            fields.append(self._field(value, quoted))
        if len(fields) == 1 and fields[0] == "":
            if d.quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            fields[0] = d.quotechar * 2
        return self._file.write(d.delimiter.join(fields) + d.lineterminator)

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def writer(csvfile, dialect="excel", **fmtparams):
    return _Writer(csvfile, dialect, fmtparams)


class DictReader:
    def __init__(self, f, fieldnames=None, restkey=None, restval=None, dialect="excel", **kwds):
        self._fieldnames = fieldnames
        self.restkey = restkey
        self.restval = restval
        self.reader = _Reader(f, dialect, kwds)
        self.dialect = dialect
        self.line_num = 0

    def __iter__(self):
        return self

    @property
    def fieldnames(self):
        if self._fieldnames is None:
            try:
                self._fieldnames = next(self.reader)
            except StopIteration:
                pass
        self.line_num = self.reader.line_num
        return self._fieldnames

    def __next__(self):
        if self.line_num == 0:
            self.fieldnames
        row = next(self.reader)
        self.line_num = self.reader.line_num
        while row == []:
            row = next(self.reader)
        names = self.fieldnames
        d = dict(zip(names, row))
        if len(names) < len(row):
            d[self.restkey] = row[len(names):]
        elif len(names) > len(row):
            for key in names[len(row):]:
                d[key] = self.restval
        return d


class DictWriter:
    def __init__(self, f, fieldnames, restval="", extrasaction="raise", dialect="excel", **kwds):
        self.fieldnames = fieldnames
        self.restval = restval
        if extrasaction.lower() not in ("raise", "ignore"):
            raise ValueError("extrasaction (%s) must be 'raise' or 'ignore'" % extrasaction)
        self.extrasaction = extrasaction
        self.writer = _Writer(f, dialect, kwds)

    def writeheader(self):
        return self.writer.writerow(list(self.fieldnames))

    def _row(self, rowdict):
        if self.extrasaction == "raise":
            wrong = [k for k in rowdict if k not in self.fieldnames]
            if wrong:
                raise ValueError("dict contains fields not in fieldnames: " + ", ".join([repr(x) for x in wrong]))
        return [rowdict.get(key, self.restval) for key in self.fieldnames]

    def writerow(self, rowdict):
        return self.writer.writerow(self._row(rowdict))

    def writerows(self, rowdicts):
        for rowdict in rowdicts:
            self.writer.writerow(self._row(rowdict))
