"""array: compact sequences of one C numeric type.

The items are held as Python ints, floats or one-character strs in a list,
each checked against its C type's range on the way in, with the C module's
messages; 'f' items are rounded to single precision as storing them in a
C float does. tobytes/frombytes use the machine's layout: little-endian, the C
sizes of x86-64 and AArch64 Linux.
"""
import struct as _struct

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

# typecode: (itemsize, minimum, maximum, message above, message below)
_INT_LIMITS = {
    "b": (1, -128, 127, "signed char is greater than maximum", "signed char is less than minimum"),
    "B": (1, 0, 255, "unsigned byte integer is greater than maximum", "unsigned byte integer is less than minimum"),
    "h": (2, -32768, 32767, "signed short integer is greater than maximum", "signed short integer is less than minimum"),
    "H": (2, 0, 65535, "unsigned short is greater than maximum", "unsigned short is less than minimum"),
    "i": (4, -2 ** 31, 2 ** 31 - 1, "signed integer is greater than maximum", "signed integer is less than minimum"),
    "I": (4, 0, 2 ** 32 - 1, "unsigned int is greater than maximum", "can't convert negative value to unsigned int"),
    "l": (8, -2 ** 63, 2 ** 63 - 1, "Python int too large to convert to C long",
          "Python int too large to convert to C long"),
    "L": (8, 0, 2 ** 64 - 1, "Python int too large to convert to C unsigned long",
          "can't convert negative value to unsigned int"),
    "q": (8, -2 ** 63, 2 ** 63 - 1, "int too big to convert", "int too big to convert"),
    "Q": (8, 0, 2 ** 64 - 1, "int too big to convert", "can't convert negative int to unsigned"),
}
_ITEMSIZE = {"u": 4, "f": 4, "d": 8}


def _check_typecode(typecode):
    if not isinstance(typecode, str) or len(typecode) != 1:
        raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
    if typecode not in typecodes:
        raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")


def _single(value):
    """A double rounded to the nearest C float, as storing it does."""
    try:
        return _struct.unpack("f", _struct.pack("f", value))[0]
    except OverflowError:
        return float("inf") if value > 0 else float("-inf")


def _item(typecode, value):
    """value as an item of the typecode, checked as the C setitem checks it."""
    if typecode == "u":
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("array item must be unicode character")
        return value
    if typecode == "f" or typecode == "d":
        if isinstance(value, float):
            number = value
        elif isinstance(value, int):
            number = float(value)
        else:
            raise TypeError("must be real number, not %s" % type(value).__name__)
        return _single(number) if typecode == "f" else number
    if not isinstance(value, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)
    size, low, high, above, below = _INT_LIMITS[typecode]
    value = int(value)
    # The narrow codes go through a C long first, 'I' through an unsigned
    # long; 'b' through a short and 'H' through an int after that.
    if typecode in "bBhHi" and not -2 ** 63 <= value < 2 ** 63:
        raise OverflowError("Python int too large to convert to C long")
    if typecode == "b" or typecode == "H":
        _item("h" if typecode == "b" else "i", value)
    if typecode == "I" and value >= 2 ** 64:
        raise OverflowError("Python int too large to convert to C unsigned long")
    if value > high:
        raise OverflowError(above)
    if value < low:
        raise OverflowError(below)
    return value


class array:
    """array(typecode[, initializer]): an array of items of the typecode's C type."""

    def __init__(self, typecode, initializer=None):
        _check_typecode(typecode)
        self._typecode = typecode
        self._items = []
        if initializer is None:
            return
        if isinstance(initializer, str):
            if typecode != "u":
                raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
            self._items = list(initializer)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        elif isinstance(initializer, array):
            if initializer._typecode == "u" and typecode != "u":
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            self.extend(initializer._items)
        else:
            self.extend(initializer)

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        if self._typecode in _ITEMSIZE:
            return _ITEMSIZE[self._typecode]
        return _INT_LIMITS[self._typecode][0]

    def _new(self, items):
        out = array(self._typecode)
        out._items = items
        return out

    def __len__(self):
        return len(self._items)

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def _position(self, index, message):
        if not isinstance(index, int):
            raise TypeError("array indices must be integers")
        n = len(self._items)
        i = index + n if index < 0 else index
        if not 0 <= i < n:
            raise IndexError(message)
        return i

    def _span(self, index):
        """The positions a slice selects (list indexing by a slice that may be
        an int at another call is not compiled yet)."""
        start, stop, step = index.indices(len(self._items))
        return range(start, stop, step)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new([self._items[i] for i in self._span(index)])
        return self._items[self._position(index, "array index out of range")]

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            span = self._span(index)
            if span.step == 1:
                self._items[span.start:max(span.start, span.stop)] = list(value._items)
                return
            if len(span) != len(value._items):
                raise ValueError("attempt to assign array of size %d to extended slice of size %d"
                                 % (len(value._items), len(span)))
            for i, item in zip(span, list(value._items)):
                self._items[i] = item
            return
        self._items[self._position(index, "array assignment index out of range")] = _item(self._typecode, value)

    def __delitem__(self, index):
        if isinstance(index, slice):
            drop = set(self._span(index))
            self._items = [self._items[i] for i in range(len(self._items)) if i not in drop]
            return
        del self._items[self._position(index, "array assignment index out of range")]

    def append(self, value):
        self._items.append(_item(self._typecode, value))

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            self._items.extend(iterable._items)
            return
        for value in iterable:
            self.append(value)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        checked = [_item(self._typecode, value) for value in items]
        self._items.extend(checked)

    def insert(self, index, value):
        self._items.insert(index, _item(self._typecode, value))

    def pop(self, index=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        return self._items.pop(self._position(index, "pop index out of range"))

    def remove(self, value):
        for i in range(len(self._items)):
            if self._items[i] == value:
                del self._items[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, value, start=0, stop=None):
        n = len(self._items)
        end = n if stop is None else stop
        for i in range(n)[start:end]:
            if self._items[i] == value:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, value):
        return self._items.count(value)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, text):
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        self._items.extend(text)

    def tobytes(self):
        if self._typecode == "u":
            return "".join(self._items).encode("utf-32-le")
        out = bytearray()
        if self._typecode == "f" or self._typecode == "d":
            for x in self._items:
                out += _struct.pack(self._typecode, float(x))
        else:
            size, signed = self.itemsize, self._typecode in "bhilq"
            for x in self._items:
                out += int(x).to_bytes(size, "little", signed=signed)
        return bytes(out)

    def frombytes(self, data):
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        if self._typecode == "u":
            self._items.extend(data.decode("utf-32-le"))
        else:
            signed = self._typecode in "bhilq"
            for i in range(0, len(data), size):
                # A bytes of its own: data may be a bytes or a bytearray.
                chunk = bytes([int(data[i + k]) for k in range(size)])
                if self._typecode == "f" or self._typecode == "d":
                    self._items.append(_struct.unpack(self._typecode, chunk)[0])
                else:
                    self._items.append(int.from_bytes(chunk, "little", signed=signed))

    def __repr__(self):
        if not self._items:
            return "array('%s')" % self._typecode
        if self._typecode == "u":
            return "array('u', %r)" % "".join(self._items)
        return "array('%s', %r)" % (self._typecode, self._items)

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        return self._new(self._items * n)

    def __rmul__(self, n):
        return self._new(self._items * n)

    def __imul__(self, n):
        self._items *= n
        return self

    def __eq__(self, other):
        if isinstance(other, array):
            return self._items == other._items
        return NotImplemented

    def __ne__(self, other):
        if isinstance(other, array):
            return self._items != other._items
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, array):
            return self._items < other._items
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, array):
            return self._items <= other._items
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, array):
            return self._items > other._items
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, array):
            return self._items >= other._items
        return NotImplemented

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))


ArrayType = array
