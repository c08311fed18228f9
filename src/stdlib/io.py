"""io: the in-memory streams StringIO and BytesIO.

CPython's are C types (Modules/_io/stringio.c, bytesio.c); these follow them
call for call, messages included. The two differ in small ways that show:
StringIO refuses nonzero relative seeks and ends its closed-file message
without a period (but for iteration and `with`, which go through IOBase),
BytesIO seeks relative to the position or the end and clamps at 0.

Real files (`open()`) are the runtime's; `io.open` is not here.
"""

__all__ = ["StringIO", "BytesIO", "SEEK_SET", "SEEK_CUR", "SEEK_END"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2

_CLOSED = "I/O operation on closed file"


def _size_argument(size):
    """read()/readline()'s size: None and negatives mean all."""
    if size is None:
        return -1
    if not isinstance(size, int):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size


def _index(value):
    if not isinstance(value, int):
        raise TypeError(f"'{type(value).__name__}' object cannot be interpreted as an integer")
    return value


class _MemoryStream:
    """What StringIO and BytesIO share: the position, closing, iteration.

    A subclass keeps its contents in `_buf` and says how long it is
    (`_length`), where the line at a position ends (`_line_end`) and what
    its closed-file message is.
    """

    def __init__(self):
        self._pos = 0
        self._closed = False

    def _check_closed(self):
        if self._closed:
            raise ValueError(self._closed_message)

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def tell(self):
        self._check_closed()
        return self._pos

    def readable(self):
        self._check_closed()
        return True

    def writable(self):
        self._check_closed()
        return True

    def seekable(self):
        self._check_closed()
        return True

    def isatty(self):
        self._check_closed()
        return False

    def read(self, size=-1):
        self._check_closed()
        size = _size_argument(size)
        n = self._length()
        end = n if size < 0 else min(self._pos + size, n)
        return self._take(end)

    def readline(self, size=-1):
        self._check_closed()
        size = _size_argument(size)
        end = self._line_end(self._pos)
        if 0 <= size < end - self._pos:
            end = self._pos + size
        return self._take(end)

    def _take(self, end):
        """The contents from the position to `end`, moving past them."""
        start = self._pos
        if start >= end:
            return self._buf[0:0]
        self._pos = end
        return self._contents()[start:end]

    def readlines(self, hint=-1):
        hint = _size_argument(hint)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if 0 < hint <= total:
                break
        return lines

    def writelines(self, lines):
        self._check_closed()
        for line in lines:
            self.write(line)

    def truncate(self, size=None):
        self._check_closed()
        size = self._pos if size is None else _index(size)
        if size < 0:
            raise ValueError(self._negative_size + str(size))
        if size < self._length():
            self._cut(size)
        return size

    def __iter__(self):
        self._check_iobase_closed()
        return self

    def __next__(self):
        self._check_closed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def _check_iobase_closed(self):
        # IOBase's own check, with the period StringIO's leaves out.
        if self._closed:
            raise ValueError(_CLOSED + ".")

    def __enter__(self):
        self._check_iobase_closed()
        return self

    def __exit__(self, *exc_info):
        self.close()


class StringIO(_MemoryStream):
    """Text in memory. Writes at the end gather in `_parts` and are joined
    only when something reads or overwrites, so building a long text by
    appends stays linear, as CPython's accumulator keeps it."""

    _closed_message = _CLOSED
    _negative_size = "Negative size value "

    def __init__(self, initial_value="", newline="\n"):
        super().__init__()
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._buf = ""
        self._parts = []
        self._size = 0
        if initial_value:
            self._write(initial_value)
            self._pos = 0

    @property
    def newlines(self):
        return None

    @property
    def line_buffering(self):
        return False

    @property
    def encoding(self):
        return None

    @property
    def errors(self):
        return None

    def _length(self):
        return self._size

    def _contents(self):
        if self._parts:
            self._buf += "".join(self._parts)
            self._parts = []
        return self._buf

    def getvalue(self):
        self._check_closed()
        return self._contents()

    def close(self):
        self._closed = True
        self._buf = ""
        self._parts = []

    def flush(self):
        pass

    def write(self, s):
        self._check_closed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        self._write(s)
        return len(s)

    def _write(self, s):
        # newline=None reads every line ending as "\n" by storing it so;
        # "\r" and "\r\n" store each "\n" written as that ending.
        if self._newline is None:
            s = s.replace("\r\n", "\n").replace("\r", "\n")
        elif self._newline == "\r" or self._newline == "\r\n":
            s = s.replace("\n", self._newline)
        if not s:
            return
        pos = self._pos
        if pos == self._size:
            self._parts.append(s)
        else:
            text = self._contents()
            if pos > self._size:
                text += "\0" * (pos - self._size)
            self._buf = text[:pos] + s + text[pos + len(s):]
        self._pos = pos + len(s)
        self._size = max(self._size, self._pos)

    def _cut(self, size):
        self._buf = self._contents()[:size]
        self._size = size

    def _line_end(self, pos):
        """Where the line starting at `pos` ends, past its line ending."""
        text = self._contents()
        if self._newline == "":
            # Any of "\r\n", "\r", "\n" ends a line.
            cr = text.find("\r", pos)
            lf = text.find("\n", pos)
            if cr < 0 and lf < 0:
                return self._size
            if cr < 0 or 0 <= lf < cr:
                return lf + 1
            return cr + 2 if text.startswith("\n", cr + 1) else cr + 1
        ending = "\n" if self._newline is None else self._newline
        found = text.find(ending, pos)
        return self._size if found < 0 else found + len(ending)

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        whence = _index(whence)
        if whence != 0 and whence != 1 and whence != 2:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        if pos < 0 and whence == 0:
            raise ValueError(f"Negative seek position {pos}")
        if whence != 0 and pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        if whence == 1:
            pos = self._pos
        elif whence == 2:
            pos = self._size
        self._pos = pos
        return pos


def _bytes_like(b):
    if isinstance(b, bytes) or isinstance(b, bytearray):
        return bytes(b)
    raise TypeError(f"a bytes-like object is required, not '{type(b).__name__}'")


class BytesIO(_MemoryStream):
    """Bytes in memory, kept in a bytearray written in place."""

    _closed_message = _CLOSED + "."
    _negative_size = "negative size value "

    def __init__(self, initial_bytes=None):
        super().__init__()
        self._buf = bytearray()
        if initial_bytes is not None:
            self._buf += _bytes_like(initial_bytes)

    def _length(self):
        return len(self._buf)

    def _contents(self):
        return self._buf

    def _take(self, end):
        return bytes(super()._take(end))

    def getvalue(self):
        self._check_closed()
        return bytes(self._buf)

    def close(self):
        self._closed = True
        self._buf = bytearray()

    def flush(self):
        self._check_closed()

    def read1(self, size=-1):
        return self.read(size)

    def write(self, b):
        self._check_closed()
        data = _bytes_like(b)
        n = len(data)
        if n == 0:
            return 0
        pos = self._pos
        size = len(self._buf)
        if pos > size:
            self._buf += bytes(pos - size)
        self._buf[pos:pos + n] = data
        self._pos = pos + n
        return n

    def _cut(self, size):
        del self._buf[size:]

    def _line_end(self, pos):
        found = self._buf.find(b"\n", pos)
        return len(self._buf) if found < 0 else found + 1

    def seek(self, pos, whence=0):
        self._check_closed()
        pos = _index(pos)
        whence = _index(whence)
        if pos < 0 and whence == 0:
            raise ValueError(f"negative seek value {pos}")
        if whence == 1:
            pos += self._pos
        elif whence == 2:
            pos += len(self._buf)
        elif whence != 0:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        self._pos = max(pos, 0)
        return self._pos
