"""uuid: RFC 4122's universally unique identifiers, written from the library
reference, with CPython 3.11 as the black box the tests compare against.

UUID objects (from hex text, bytes, little-endian bytes, fields or an
int), uuid1 (time-based), uuid3/uuid5 (names hashed with md5/sha1 in a
namespace), uuid4 (random, from os.urandom) and getnode."""

import hashlib
import os
import time
from enum import Enum

__all__ = ['UUID', 'uuid1', 'uuid3', 'uuid4', 'uuid5', 'NAMESPACE_DNS', 'NAMESPACE_URL', 'NAMESPACE_OID',
           'NAMESPACE_X500', 'RESERVED_NCS', 'RFC_4122', 'RESERVED_MICROSOFT', 'RESERVED_FUTURE', 'SafeUUID', 'getnode']

RESERVED_NCS = 'reserved for NCS compatibility'
RFC_4122 = 'specified in RFC 4122'
RESERVED_MICROSOFT = 'reserved for Microsoft compatibility'
RESERVED_FUTURE = 'reserved for future definition'


class SafeUUID(Enum):
    """Whether the platform made a UUID in a way safe for several processes
    (uuid1's concern: the UUIDs here are all `unknown`)."""
    safe = 0
    unsafe = -1
    unknown = None


# The variant by the top three bits of clock_seq_hi_variant: 0xx, 10x, 110, 111.
_VARIANTS = (RESERVED_NCS,) * 4 + (RFC_4122,) * 2 + (RESERVED_MICROSOFT, RESERVED_FUTURE)
# The bits of the variant (the top of the clock_seq_hi_variant byte) and of
# the version (the top nibble of time_hi_version) in the 128-bit number.
_VARIANT_SHIFT = 62
_VERSION_SHIFT = 76
# The widths in bits of the six fields, most significant first.
_FIELD_WIDTHS = (32, 16, 16, 8, 8, 48)


def _from_hex(text):
    """The number of 32 hex digits, with dashes, braces, 'urn:' or 'uuid:' allowed around or among them."""
    for prefix in ('urn:', 'uuid:'):
        text = text.replace(prefix, '')
    text = text.strip('{}').replace('-', '')
    if len(text) != 32:
        raise ValueError('badly formed hexadecimal UUID string')
    return int(text, 16)


def _from_fields(fields):
    """The number of the six fields (time_low, time_mid, time_hi_version,
    clock_seq_hi_variant, clock_seq_low, node), each range-checked."""
    if len(fields) != 6:
        raise ValueError('fields is not a 6-tuple')
    number = 0
    for position in range(6):
        value = fields[position]
        width = _FIELD_WIDTHS[position]
        if not 0 <= value < 1 << width:
            article = 'an' if width == 8 else 'a'
            raise ValueError('field %d out of range (need %s %d-bit value)' % (position + 1, article, width))
        number = number << width | value
    return number


def _reorder_le(data):
    """bytes_le to bytes, and back: the first three fields' bytes reversed."""
    return data[3::-1] + data[5:3:-1] + data[7:5:-1] + data[8:]


class UUID:
    """A UUID, immutable; its value is the 128-bit `int`, the rest are
    views of it. RFC 4122's layout, from the most significant bit:

        time_low (32) time_mid (16) time_hi_version (16: 4 of version)
        clock_seq_hi_variant (8: 2 or 3 of variant) clock_seq_low (8)
        node (48)
    """

    __slots__ = 'int', 'is_safe', '__weakref__'

    def __init__(self, hex=None, bytes=None, bytes_le=None, fields=None, int=None, version=None, *,
                 is_safe=SafeUUID.unknown):
        """Exactly one of `hex` (text), `bytes` (16, big-endian), `bytes_le`
        (16, the first three fields little-endian), `fields` (six ints) or
        `int` (128 bits) gives the value; `version` (1-5) then overwrites
        the variant and version bits as RFC 4122 lays them out."""
        given = [hex, bytes, bytes_le, fields, int]
        if given.count(None) != 4:
            raise TypeError('one of the hex, bytes, bytes_le, fields, or int arguments must be given')
        if hex is not None:  # the first given, in the signature's order
            number = _from_hex(hex)
        elif bytes_le is not None:
            if len(bytes_le) != 16:
                raise ValueError('bytes_le is not a 16-char string')
            number = _int_from_bytes(_reorder_le(bytes_le))
        elif bytes is not None:
            if len(bytes) != 16:
                raise ValueError('bytes is not a 16-char string')
            number = _int_from_bytes(bytes)
        elif fields is not None:
            number = _from_fields(fields)
        else:
            number = int
            if not 0 <= number < 1 << 128:
                raise ValueError('int is out of range (need a 128-bit value)')
        if version is not None:
            if not 1 <= version <= 5:
                raise ValueError('illegal version number')
            # RFC 4122's variant (binary 10), then the version.
            number = number & ~(3 << _VARIANT_SHIFT) | 2 << _VARIANT_SHIFT
            number = number & ~(0xf << _VERSION_SHIFT) | version << _VERSION_SHIFT
        object.__setattr__(self, 'int', number)
        object.__setattr__(self, 'is_safe', is_safe)

    def __setattr__(self, name, value):
        raise TypeError('UUID objects are immutable')

    # Ordered and equal by the number; other types are left to decide.
    def __eq__(self, other):
        return self.int == other.int if isinstance(other, UUID) else NotImplemented

    def __lt__(self, other):
        return self.int < other.int if isinstance(other, UUID) else NotImplemented

    def __gt__(self, other):
        return self.int > other.int if isinstance(other, UUID) else NotImplemented

    def __le__(self, other):
        return self.int <= other.int if isinstance(other, UUID) else NotImplemented

    def __ge__(self, other):
        return self.int >= other.int if isinstance(other, UUID) else NotImplemented

    def __hash__(self):
        return hash(self.int)

    def __int__(self):
        return self.int

    def __repr__(self):
        """UUID('...'), with the class's own name for a subclass."""
        return '%s(%r)' % (type(self).__name__, str(self))

    def __str__(self):
        """The 8-4-4-4-12 dashed form of the hex digits."""
        text = self.hex
        return '-'.join([text[:8], text[8:12], text[12:16], text[16:20], text[20:]])

    @property
    def hex(self):
        """The 32 hex digits, lowercase, without dashes."""
        return format(self.int, '032x')

    @property
    def urn(self):
        """RFC 4122's URN: 'urn:uuid:' and the dashed form."""
        return 'urn:uuid:%s' % self

    @property
    def bytes(self):
        """The 16 bytes, most significant first."""
        return self.int.to_bytes(16, 'big')

    @property
    def bytes_le(self):
        """The 16 bytes with the first three fields little-endian (as Microsoft's GUIDs)."""
        return _reorder_le(self.bytes)

    @property
    def fields(self):
        """The six fields, as a tuple (time_low ... node)."""
        return (self.time_low, self.time_mid, self.time_hi_version, self.clock_seq_hi_variant, self.clock_seq_low,
                self.node)

    @property
    def time_low(self):
        """Bits 0-31 (from the most significant end)."""
        return self.int >> 96

    @property
    def time_mid(self):
        """Bits 32-47."""
        return self.int >> 80 & 0xffff

    @property
    def time_hi_version(self):
        """Bits 48-63: the time's top 12 bits under the version."""
        return self.int >> 64 & 0xffff

    @property
    def clock_seq_hi_variant(self):
        """Bits 64-71: the clock sequence's top 6 bits under the variant."""
        return self.int >> 56 & 0xff

    @property
    def clock_seq_low(self):
        """Bits 72-79."""
        return self.int >> 48 & 0xff

    @property
    def node(self):
        """Bits 80-127 (a version 1 UUID's MAC address)."""
        return self.int & 0xffffffffffff

    @property
    def time(self):
        """The 60-bit timestamp of a version 1 UUID."""
        return (self.time_hi_version & 0x0fff) << 48 | self.time_mid << 32 | self.time_low

    @property
    def clock_seq(self):
        """The 14-bit clock sequence of a version 1 UUID."""
        return (self.clock_seq_hi_variant & 0x3f) << 8 | self.clock_seq_low

    @property
    def variant(self):
        """Which layout the UUID follows, by its variant bits (one of the
        RESERVED_NCS, RFC_4122, RESERVED_MICROSOFT, RESERVED_FUTURE)."""
        return _VARIANTS[self.int >> 61 & 7]

    @property
    def version(self):
        """1 to 5 (or another number in the field) for an RFC 4122 UUID, else None."""
        return self.int >> _VERSION_SHIFT & 0xf if self.variant == RFC_4122 else None


def _int_from_bytes(data):
    return int.from_bytes(data, 'big')


def _named(hash_function, namespace, name, version):
    """The UUID of a str name in a namespace: the hash of the namespace's
    bytes and the name's UTF-8 (a str only, as 3.11 takes), cut to 16
    bytes, with the version set."""
    if not isinstance(name, str):
        raise TypeError('encoding without a string argument')
    digest = hash_function(namespace.bytes + name.encode('utf-8'), usedforsecurity=False).digest()
    return UUID(bytes=digest[:16], version=version)


# 100-nanosecond ticks from the Gregorian reform (1582-10-15), where
# RFC 4122's clock starts, to the Unix epoch.
_GREGORIAN_TO_UNIX = 122192928000000000
_last_ticks = None
_node = None


def _interface_node():
    """The first network interface's MAC address (by name, loopback and
    all-zero addresses skipped), from Linux's /sys/class/net; None if none."""
    try:
        names = sorted(os.listdir('/sys/class/net'))
    except OSError:
        return None
    for name in names:
        try:
            with open('/sys/class/net/' + name + '/address') as f:
                text = f.read().strip()
        except OSError:
            continue
        digits = text.replace(':', '')
        if len(digits) == 12 and all(c in '0123456789abcdefABCDEF' for c in digits) and int(digits, 16):
            return int(digits, 16)
    return None


def getnode():
    """The host's 48-bit hardware address, found once; where there is none,
    a random number with the multicast bit set, as RFC 4122 asks (so it
    cannot clash with a real card's)."""
    global _node
    if _node is None:
        found = _interface_node()
        _node = found if found is not None else int.from_bytes(os.urandom(6), 'big') | 1 << 40
    return _node


def uuid1(node=None, clock_seq=None):
    """A time-based UUID: the time in 100 ns ticks since 1582-10-15 (made to
    increase from one call to the next), a random 14-bit clock sequence and
    getnode(), where those are not given."""
    global _last_ticks
    ticks = time.time_ns() // 100 + _GREGORIAN_TO_UNIX
    if _last_ticks is not None and ticks <= _last_ticks:
        ticks = _last_ticks + 1
    _last_ticks = ticks
    if clock_seq is None:
        clock_seq = int.from_bytes(os.urandom(2), 'big') & 0x3fff
    if node is None:
        node = getnode()
    return UUID(fields=(ticks & 0xffffffff, ticks >> 32 & 0xffff, ticks >> 48 & 0x0fff, clock_seq >> 8 & 0x3f,
                        clock_seq & 0xff, node), version=1)


def uuid3(namespace, name):
    """The UUID of a name in a namespace, by MD5."""
    return _named(hashlib.md5, namespace, name, 3)


def uuid4():
    """A random UUID."""
    return UUID(bytes=os.urandom(16), version=4)


def uuid5(namespace, name):
    """The UUID of a name in a namespace, by SHA-1."""
    return _named(hashlib.sha1, namespace, name, 5)


# RFC 4122's namespaces (appendix C).
NAMESPACE_DNS = UUID('6ba7b810-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_URL = UUID('6ba7b811-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_OID = UUID('6ba7b812-9dad-11d1-80b4-00c04fd430c8')
NAMESPACE_X500 = UUID('6ba7b814-9dad-11d1-80b4-00c04fd430c8')
