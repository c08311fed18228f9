"""The storage classes of the builtin bases str, int and float.

See _builtin_bases.py, whose `_ingot_storage_`, `_ingot_sequence_` and
mixins these derive from (the driver reads both files as one). Arithmetic answers
a plain int or float, and str's methods a plain str, as CPython's do for a
subclass.
"""


class _ingot_str_(_ingot_sequence_):
    _ingot_builtin_ = str

    def _ingot_new_(self, value="", /):
        object.__setattr__(self, "_ingot_data", str(value))
        return self

    def __str__(self):
        return self._ingot_data

    def __mod__(self, values):
        return self._ingot_data % values

    def capitalize(self):
        return self._ingot_data.capitalize()

    def casefold(self):
        return self._ingot_data.casefold()

    def center(self, width, fillchar=" ", /):
        return self._ingot_data.center(width, fillchar)

    def encode(self, encoding="utf-8", errors="strict"):
        return self._ingot_data.encode(encoding, errors)

    def endswith(self, suffix, start=None, end=None, /):
        return self._ingot_data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self._ingot_data.expandtabs(tabsize)

    def find(self, sub, start=None, end=None, /):
        return self._ingot_data.find(sub, start, end)

    def format(self, *args, **kwargs):
        return self._ingot_data.format(*args, **kwargs)

    def isalnum(self):
        return self._ingot_data.isalnum()

    def isalpha(self):
        return self._ingot_data.isalpha()

    def isascii(self):
        return self._ingot_data.isascii()

    def isdecimal(self):
        return self._ingot_data.isdecimal()

    def isdigit(self):
        return self._ingot_data.isdigit()

    def isidentifier(self):
        return self._ingot_data.isidentifier()

    def islower(self):
        return self._ingot_data.islower()

    def isnumeric(self):
        return self._ingot_data.isnumeric()

    def isprintable(self):
        return self._ingot_data.isprintable()

    def isspace(self):
        return self._ingot_data.isspace()

    def istitle(self):
        return self._ingot_data.istitle()

    def isupper(self):
        return self._ingot_data.isupper()

    def join(self, iterable, /):
        return self._ingot_data.join(iterable)

    def ljust(self, width, fillchar=" ", /):
        return self._ingot_data.ljust(width, fillchar)

    def lower(self):
        return self._ingot_data.lower()

    def lstrip(self, chars=None, /):
        return self._ingot_data.lstrip(chars)

    def partition(self, sep, /):
        return self._ingot_data.partition(sep)

    def removeprefix(self, prefix, /):
        return self._ingot_data.removeprefix(prefix)

    def removesuffix(self, suffix, /):
        return self._ingot_data.removesuffix(suffix)

    def replace(self, old, new, count=-1, /):
        return self._ingot_data.replace(old, new, count)

    def rfind(self, sub, start=None, end=None, /):
        return self._ingot_data.rfind(sub, start, end)

    def rindex(self, sub, start=None, end=None, /):
        return self._ingot_data.rindex(sub, start, end)

    def rjust(self, width, fillchar=" ", /):
        return self._ingot_data.rjust(width, fillchar)

    def rpartition(self, sep, /):
        return self._ingot_data.rpartition(sep)

    def rsplit(self, sep=None, maxsplit=-1):
        return self._ingot_data.rsplit(sep, maxsplit)

    def rstrip(self, chars=None, /):
        return self._ingot_data.rstrip(chars)

    def split(self, sep=None, maxsplit=-1):
        return self._ingot_data.split(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self._ingot_data.splitlines(keepends)

    def startswith(self, prefix, start=None, end=None, /):
        return self._ingot_data.startswith(prefix, start, end)

    def strip(self, chars=None, /):
        return self._ingot_data.strip(chars)

    def swapcase(self):
        return self._ingot_data.swapcase()

    def title(self):
        return self._ingot_data.title()

    def upper(self):
        return self._ingot_data.upper()

    def zfill(self, width, /):
        return self._ingot_data.zfill(width)


# What int and float share.
class _ingot_number_(_ingot_storage_, _ingot_ordered_):
    def __bool__(self):
        return bool(self._ingot_data)

    def __int__(self):
        return int(self._ingot_data)

    def __float__(self):
        return float(self._ingot_data)

    def __trunc__(self):
        return int(self._ingot_data)

    def __neg__(self):
        return -self._ingot_data

    def __pos__(self):
        return +self._ingot_data

    def __abs__(self):
        return abs(self._ingot_data)

    def __add__(self, other):
        return self._ingot_data + other

    def __radd__(self, other):
        return other + self._ingot_data

    def __sub__(self, other):
        return self._ingot_data - other

    def __rsub__(self, other):
        return other - self._ingot_data

    def __mul__(self, other):
        return self._ingot_data * other

    def __rmul__(self, other):
        return other * self._ingot_data

    def __truediv__(self, other):
        return self._ingot_data / other

    def __rtruediv__(self, other):
        return other / self._ingot_data

    def __floordiv__(self, other):
        return self._ingot_data // other

    def __rfloordiv__(self, other):
        return other // self._ingot_data

    def __mod__(self, other):
        return self._ingot_data % other

    def __rmod__(self, other):
        return other % self._ingot_data

    def __divmod__(self, other):
        return divmod(self._ingot_data, other)

    def __rdivmod__(self, other):
        return divmod(other, self._ingot_data)

    def __pow__(self, other, modulo=None):
        if modulo is None:
            return self._ingot_data**other
        return pow(self._ingot_data, other, modulo)

    def __rpow__(self, other):
        return other**self._ingot_data

    def conjugate(self):
        return self._ingot_data.conjugate()

    def as_integer_ratio(self):
        return self._ingot_data.as_integer_ratio()

    @property
    def real(self):
        return self._ingot_data.real

    @property
    def imag(self):
        return self._ingot_data.imag


class _ingot_int_(_ingot_number_, _ingot_bitwise_):
    _ingot_builtin_ = int

    def _ingot_new_(self, value=0, /, base=10):
        if isinstance(value, str):  # str(value): a base needs a str, and the analysis does not narrow
            object.__setattr__(self, "_ingot_data", int(str(value), base))
        else:
            object.__setattr__(self, "_ingot_data", int(value))
        return self

    @classmethod
    def from_bytes(cls, data, byteorder="big", *, signed=False):
        return cls(int.from_bytes(data, byteorder, signed=signed))

    def __index__(self):
        return self._ingot_data

    def __floor__(self):
        return self._ingot_data

    def __ceil__(self):
        return self._ingot_data

    def __invert__(self):
        return ~self._ingot_data

    def __lshift__(self, other):
        return self._ingot_data << other

    def __rlshift__(self, other):
        return other << self._ingot_data

    def __rshift__(self, other):
        return self._ingot_data >> other

    def __rrshift__(self, other):
        return other >> self._ingot_data

    def bit_length(self):
        return self._ingot_data.bit_length()

    def bit_count(self):
        return self._ingot_data.bit_count()

    def to_bytes(self, length=1, byteorder="big", *, signed=False):
        return self._ingot_data.to_bytes(length, byteorder, signed=signed)

    @property
    def numerator(self):
        return self._ingot_data

    @property
    def denominator(self):
        return 1


class _ingot_float_(_ingot_number_):
    _ingot_builtin_ = float

    def _ingot_new_(self, value=0.0, /):
        object.__setattr__(self, "_ingot_data", float(value))
        return self

    @classmethod
    def fromhex(cls, text):
        return cls(float.fromhex(text))

    def is_integer(self):
        return self._ingot_data.is_integer()

    def hex(self):
        return self._ingot_data.hex()
