"""enum: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique.

CPython makes an enum with a metaclass (EnumType) that turns the class
body's assignments into members and answers `Color(1)`, `Color['RED']`,
`for c in Color` and `len(Color)` on the class itself. The compiler has no
metaclasses, so it writes an enum class statement out instead
(src/driver/enums.h): the members leave the body and are made after the
class, in order, by `_ingot_member_`; the class-level operations written
on the class's name become calls of the `_ingot_*` classmethods that
_enum_class.py gives every enum class, which follow EnumType's code. What
is written here follows enum.py's Enum and Flag.

Not here: members that are ints or strs themselves (IntEnum and StrEnum
members compare, hash, format and do arithmetic as their value, but
isinstance(m, int) is False), `__init__`/`__new__` in an enum, the
functional API `Enum('Color', 'RED GREEN')`, enum.property, member(),
nonmember(), verify(), and calling an enum class through a value
(`cls(1)`), which raises NotImplementedError.
"""

__all__ = ["Enum", "IntEnum", "StrEnum", "ReprEnum", "Flag", "IntFlag", "auto", "unique", "EnumType", "EnumMeta",
           "STRICT", "CONFORM", "EJECT", "KEEP"]

STRICT = "strict"
CONFORM = "conform"
EJECT = "eject"
KEEP = "keep"

# What _ingot_member_ passes to make a member: any other call of an enum
# class is one the compiler did not write out.
_MAKE = object()


class auto:
    """The value is the enum's _generate_next_value_ (the compiler calls
    it for the member's name, src/driver/enums.cpp)."""

    def __repr__(self):
        return "auto(...)"


def bin(num, max_bits=None):
    """Like the builtin bin(), in two's complement with a sign bit (enum.bin)."""
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = _builtin_bin(num + ceiling).replace('1', '0', 1)
    else:
        s = _builtin_bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None and len(digits) < max_bits:
        digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def _builtin_bin(n):
    return format(n, "#b")


class _MembersProxy:
    """What `Color.__members__` gives: a read-only view of the name map."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def __repr__(self):
        return "mappingproxy(" + repr(self._mapping) + ")"


class Enum:
    _ingot_flag_ = False      # a Flag: composite values are no canonical members
    _ingot_by_value_ = False  # IntEnum, StrEnum, IntFlag: members compare, hash and compute as their value
    _ingot_str_by_value_ = False  # ReprEnum and IntFlag: str() and format() are the value's
    # Each enum class gets its own (src/driver/enums.cpp); these are the
    # member-less base classes', as EnumType gives them.
    _member_names_ = []
    _member_map_ = {}
    _value2member_map_ = {}
    _ingot_values_ = []

    def __init__(self, make=None):
        if make is not _MAKE:
            raise NotImplementedError("ingot: an enum class called where the compiler cannot see it (write Color(value))")

    # -- the members' own behaviour (Enum's methods).

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        last = last_values[-1]
        last_values.sort()
        if last == last_values[-1]:
            return last + 1
        for v in last_values:
            return v + 1
        return start

    @classmethod
    def _missing_(cls, value):
        return None

    @property
    def name(self):
        return self._name_

    @property
    def value(self):
        return self._value_

    def __repr__(self):
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._ingot_str_by_value_:
            return str(self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def __format__(self, format_spec):
        if self._ingot_str_by_value_:
            return format(self._value_, format_spec)
        return format(str(self), format_spec)

    # IntEnum's, StrEnum's and IntFlag's members are their value (int and
    # str subclasses in CPython); a plain member compares by identity and
    # has none of the value's operators. (One class holds both so that
    # every enum reaches these through first bases.)

    def __hash__(self):
        if self._ingot_by_value_:
            return hash(self._value_)
        return hash(self._name_)

    def __eq__(self, other):
        if self._ingot_by_value_ and (not isinstance(other, Enum) or other._ingot_by_value_):
            return self._value_ == _value_of(other)
        return NotImplemented

    def __ne__(self, other):
        if self._ingot_by_value_ and (not isinstance(other, Enum) or other._ingot_by_value_):
            return self._value_ != _value_of(other)
        return NotImplemented

    def __lt__(self, other):
        if self._ingot_by_value_:
            return self._value_ < _value_of(other)
        return NotImplemented

    def __le__(self, other):
        if self._ingot_by_value_:
            return self._value_ <= _value_of(other)
        return NotImplemented

    def __gt__(self, other):
        if self._ingot_by_value_:
            return self._value_ > _value_of(other)
        return NotImplemented

    def __ge__(self, other):
        if self._ingot_by_value_:
            return self._value_ >= _value_of(other)
        return NotImplemented

    def __add__(self, other):
        if self._ingot_by_value_:
            return self._value_ + _value_of(other)
        return NotImplemented

    def __radd__(self, other):
        if self._ingot_by_value_:
            return _value_of(other) + self._value_
        return NotImplemented

    def __mul__(self, other):
        if self._ingot_by_value_:
            return self._value_ * _value_of(other)
        return NotImplemented

    def __rmul__(self, other):
        if self._ingot_by_value_:
            return _value_of(other) * self._value_
        return NotImplemented

    def __sub__(self, other):
        if self._ingot_by_value_:
            return self._value_ - _value_of(other)
        return NotImplemented

    def __rsub__(self, other):
        if self._ingot_by_value_:
            return _value_of(other) - self._value_
        return NotImplemented

    def __floordiv__(self, other):
        if self._ingot_by_value_:
            return self._value_ // _value_of(other)
        return NotImplemented

    def __truediv__(self, other):
        if self._ingot_by_value_:
            return self._value_ / _value_of(other)
        return NotImplemented

    def __mod__(self, other):
        if self._ingot_by_value_:
            return self._value_ % _value_of(other)
        return NotImplemented

    def __int__(self):
        if self._ingot_by_value_:
            return int(self._value_)
        raise TypeError("int() argument must be a string, a bytes-like object or a real number, not '%s'" % type(self).__name__)

    def __bool__(self):
        if self._ingot_by_value_:
            return bool(self._value_)
        return True


class ReprEnum(Enum):
    """Members whose str() and format() are their value's."""
    _ingot_str_by_value_ = True


def _value_of(x):
    # getattr: the analysis compiles this for ints too, where x._value_
    # would always raise.
    if isinstance(x, Enum):
        return getattr(x, "_value_", x)
    return x


class IntEnum(ReprEnum):
    _ingot_by_value_ = True


class StrEnum(ReprEnum):
    _ingot_by_value_ = True

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    def upper(self):
        return self._value_.upper()

    def lower(self):
        return self._value_.lower()

    def __len__(self):
        return len(self._value_)


def _is_single_bit(value):
    return isinstance(value, int) and value > 0 and value & (value - 1) == 0


class Flag(Enum):
    _ingot_flag_ = True
    _ingot_int_ = False  # IntFlag: ints combine with members
    _boundary_ = STRICT
    _flag_mask_ = 0
    _all_bits_ = 0

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        return 2 ** last_value.bit_length()

    def __contains__(self, other):
        if not isinstance(other, type(self)):
            raise TypeError("unsupported operand type(s) for 'in': %r and %r" % (
                type(other).__qualname__, type(self).__qualname__))
        return _value_of(other) & self._value_ == _value_of(other)

    def __iter__(self):
        return iter(type(self)._ingot_members_of_(self._value_))

    def __len__(self):
        return self._value_.bit_count()

    def __repr__(self):
        if self._name_ is None:
            return "<%s: %r>" % (type(self).__name__, self._value_)
        return "<%s.%s: %r>" % (type(self).__name__, self._name_, self._value_)

    def __str__(self):
        if self._ingot_str_by_value_:
            return str(self._value_)
        if self._name_ is None:
            return '%s(%r)' % (type(self).__name__, self._value_)
        return "%s.%s" % (type(self).__name__, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def _ingot_operand_(self, other):
        if isinstance(other, type(self)):
            return _value_of(other)
        if self._ingot_int_ and isinstance(other, int):
            return other
        return None

    def __or__(self, other):
        value = self._ingot_operand_(other)
        if value is None:
            return NotImplemented
        return type(self)._ingot_call_(self._value_ | value)

    def __and__(self, other):
        value = self._ingot_operand_(other)
        if value is None:
            return NotImplemented
        return type(self)._ingot_call_(self._value_ & value)

    def __xor__(self, other):
        value = self._ingot_operand_(other)
        if value is None:
            return NotImplemented
        return type(self)._ingot_call_(self._value_ ^ value)

    def __invert__(self):
        if self._boundary_ is KEEP:
            return type(self)._ingot_call_(~self._value_)
        return type(self)._ingot_call_(self._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class IntFlag(Flag):
    _ingot_by_value_ = True
    _ingot_str_by_value_ = True
    _ingot_int_ = True
    _boundary_ = KEEP


def unique(enumeration):
    duplicates = []
    for name, member in enumeration._member_map_.items():
        if name != member._name_:
            duplicates.append((name, member._name_))
    if duplicates:
        alias_details = ', '.join(["%s -> %s" % (alias, name) for (alias, name) in duplicates])
        raise ValueError('duplicate values found in <enum %r>: %s' % (enumeration.__name__, alias_details))
    return enumeration


EnumType = type
EnumMeta = type
