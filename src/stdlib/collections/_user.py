"""collections.UserDict, UserList and UserString: wrappers that keep their
contents in a plain dict, list or str named `data`, meant to be subclassed.

What a subclass may override is what routes through it: UserDict fills
itself (construction, update, setdefault, copy of a subclass) through
self[key] = value, so an overridden __setitem__ sees every insertion; a
UserList's own methods work on `data` directly, as CPython's do. Results
that are sequences of the same kind are made with the instance's class
(`self.__class__(...)`), so slicing or adding a subclass's instances gives
that subclass.
"""
import sys

import _ingot_copy

from .abc import MutableMapping, MutableSequence, Sequence


def _keep(value, unused):
    return value


def _twin(obj):
    """A new instance of obj's class, made without __init__, holding the
    same attributes as obj (as copy.copy would make it)."""
    twin = _ingot_copy.blank(obj)
    _ingot_copy.fill(twin, obj, _keep, None)
    return twin


class UserDict(MutableMapping):
    __module__ = "collections"

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        # Filled through self[key] = value, so a subclass's __setitem__
        # sees the initial items too.
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        # As dict does for its subclasses: a __missing__ the class defines
        # answers for an absent key. (Asked of the instance: the compiler
        # does not narrow hasattr(self.__class__, ...) yet.)
        if hasattr(self, "__missing__"):
            return self.__missing__(key)
        raise KeyError(key)

    def __delitem__(self, key):
        del self.data[key]

    def __setitem__(self, key, item):
        self.data[key] = item

    def __repr__(self):
        return repr(self.data)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        made = cls()
        for key in iterable:
            made[key] = value
        return made

    def copy(self):
        if self.__class__ is not UserDict:
            # A subclass's copy keeps its attributes and is filled through
            # its own __setitem__.
            twin = _twin(self)
            twin.data = {}
            twin.update(self)
            return twin
        return UserDict(self.data.copy())

    def __copy__(self):
        twin = _twin(self)
        twin.data = self.data.copy()
        return twin

    # | with a dict or another UserDict makes a new instance of this class;
    # |= merges in place.
    def __ior__(self, other):
        self.data |= other.data if isinstance(other, UserDict) else other
        return self

    def __or__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__class__(self.data | other)

    def __ror__(self, other):
        if isinstance(other, UserDict):
            other = other.data
        elif not isinstance(other, dict):
            return NotImplemented
        return self.__class__(other | self.data)


def _list_of(other):
    """What a UserList compares with: another's list, or the value itself."""
    return other.data if isinstance(other, UserList) else other


def _as_list(other):
    """What a UserList adds: another's list, a list, or any iterable's items."""
    if isinstance(other, UserList):
        return other.data
    return other if isinstance(other, list) else list(other)


def _str_of(other):
    """A UserString's str, or the value itself."""
    return other.data if isinstance(other, UserString) else other


def _like(obj, text):
    """text as an instance of obj's class."""
    return obj.__class__(text)


class UserList(MutableSequence):
    __module__ = "collections"

    def __init__(self, initlist=None):
        self.data = []
        if isinstance(initlist, UserList):
            self.data[:] = initlist.data[:]
        elif type(initlist) is list:
            self.data[:] = initlist
        elif initlist is not None:
            self.data = list(initlist)

    # Each mutator works on the list itself; none calls another, so a
    # subclass overriding one (append, say) changes only that one.
    def extend(self, other):
        self.data.extend(other.data if isinstance(other, UserList) else other)

    def sort(self, /, *, key=None, reverse=False):
        # Sorted in place as list.sort would; `data` may be a dyn value in a
        # program, and ingot cannot yet pass keywords to a method of a dyn.
        self.data[:] = sorted(self.data, key=key, reverse=reverse)

    def reverse(self):
        self.data.reverse()

    def clear(self):
        self.data.clear()

    def remove(self, item):
        self.data.remove(item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def insert(self, i, item):
        self.data.insert(i, item)

    def append(self, item):
        self.data.append(item)

    def index(self, item, start=0, stop=sys.maxsize):
        return self.data.index(item, start, stop)

    def count(self, item):
        return self.data.count(item)

    def copy(self):
        return self.__class__(self)

    def __copy__(self):
        twin = _twin(self)
        twin.data = self.data[:]
        return twin

    def __getitem__(self, i):
        # A slice is a new instance of this class; an index, the item.
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __delitem__(self, i):
        del self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __repr__(self):
        return repr(self.data)

    # + and * make new instances of this class; += and *= change this one.
    def __imul__(self, n):
        self.data *= n
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __iadd__(self, other):
        self.data += _as_list(other)
        return self

    def __radd__(self, other):
        return self.__class__(_as_list(other) + self.data)

    def __add__(self, other):
        return self.__class__(self.data + _as_list(other))

    # Comparisons are the lists', against another UserList's list or any value.
    def __ge__(self, other):
        return self.data >= _list_of(other)

    def __gt__(self, other):
        return self.data > _list_of(other)

    def __eq__(self, other):
        return self.data == _list_of(other)

    def __le__(self, other):
        return self.data <= _list_of(other)

    def __lt__(self, other):
        return self.data < _list_of(other)


class UserString(Sequence):
    __module__ = "collections"

    def __init__(self, seq):
        # A str is kept as it is, another UserString's text is taken, and
        # anything else is turned into its str().
        if isinstance(seq, UserString):
            seq = seq.data[:]
        elif not isinstance(seq, str):
            seq = str(seq)
        self.data = seq

    # The operators work on the text and answer in the instance's class.
    def __getitem__(self, index):
        return _like(self, self.data[index])

    def __add__(self, other):
        if isinstance(other, (UserString, str)):
            return _like(self, self.data + _str_of(other))
        return _like(self, self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return _like(self, other + self.data)
        return _like(self, str(other) + self.data)

    def __mul__(self, n):
        return _like(self, self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return _like(self, self.data % args)

    def __rmod__(self, template):
        return _like(self, str(template) % self)

    def __contains__(self, char):
        return _str_of(char) in self.data

    def __len__(self):
        return len(self.data)

    def __hash__(self):
        return hash(self.data)

    # Comparisons are the texts', against another UserString's text or any value.
    def __ge__(self, string):
        return self.data >= _str_of(string)

    def __gt__(self, string):
        return self.data > _str_of(string)

    def __le__(self, string):
        return self.data <= _str_of(string)

    def __lt__(self, string):
        return self.data < _str_of(string)

    def __eq__(self, string):
        return self.data == _str_of(string)

    # Conversions.
    def __complex__(self):
        return complex(self.data)

    def __float__(self):
        return float(self.data)

    def __int__(self):
        return int(self.data)

    def __repr__(self):
        return repr(self.data)

    def __str__(self):
        return str(self.data)

    def encode(self, encoding="utf-8", errors="strict"):
        return self.data.encode("utf-8" if encoding is None else encoding, "strict" if errors is None else errors)

    # Methods that make a new string make it in the instance's class.
    def zfill(self, width):
        return _like(self, self.data.zfill(width))

    def upper(self):
        return _like(self, self.data.upper())

    def translate(self, table):
        return _like(self, self.data.translate(table))

    def title(self):
        return _like(self, self.data.title())

    def swapcase(self):
        return _like(self, self.data.swapcase())

    def strip(self, chars=None):
        return _like(self, self.data.strip(chars))

    def rstrip(self, chars=None):
        return _like(self, self.data.rstrip(chars))

    def lstrip(self, chars=None):
        return _like(self, self.data.lstrip(chars))

    def rjust(self, width, fillchar=" "):
        return _like(self, self.data.rjust(width, fillchar))

    def ljust(self, width, fillchar=" "):
        return _like(self, self.data.ljust(width, fillchar))

    def center(self, width, fillchar=" "):
        return _like(self, self.data.center(width, fillchar))

    def replace(self, old, new, maxsplit=-1):
        return _like(self, self.data.replace(_str_of(old), _str_of(new), maxsplit))

    def removesuffix(self, suffix, /):
        return _like(self, self.data.removesuffix(_str_of(suffix)))

    def removeprefix(self, prefix, /):
        return _like(self, self.data.removeprefix(_str_of(prefix)))

    def lower(self):
        return _like(self, self.data.lower())

    def expandtabs(self, tabsize=8):
        return _like(self, self.data.expandtabs(tabsize))

    def casefold(self):
        return _like(self, self.data.casefold())

    def capitalize(self):
        return _like(self, self.data.capitalize())

    # Searches; a UserString to look for is looked for by its text.
    def rindex(self, sub, start=0, end=sys.maxsize):
        return self.data.rindex(_str_of(sub), start, end)

    def index(self, sub, start=0, end=sys.maxsize):
        return self.data.index(_str_of(sub), start, end)

    def rfind(self, sub, start=0, end=sys.maxsize):
        return self.data.rfind(_str_of(sub), start, end)

    def find(self, sub, start=0, end=sys.maxsize):
        return self.data.find(_str_of(sub), start, end)

    def count(self, sub, start=0, end=sys.maxsize):
        return self.data.count(_str_of(sub), start, end)

    def endswith(self, suffix, start=0, end=sys.maxsize):
        return self.data.endswith(suffix, start, end)

    def startswith(self, prefix, start=0, end=sys.maxsize):
        return self.data.startswith(prefix, start, end)

    # The tests.
    def isupper(self):
        return self.data.isupper()

    def istitle(self):
        return self.data.istitle()

    def isspace(self):
        return self.data.isspace()

    def isprintable(self):
        return self.data.isprintable()

    def isnumeric(self):
        return self.data.isnumeric()

    def islower(self):
        return self.data.islower()

    def isidentifier(self):
        return self.data.isidentifier()

    def isdigit(self):
        return self.data.isdigit()

    def isdecimal(self):
        return self.data.isdecimal()

    def isascii(self):
        return self.data.isascii()

    def isalnum(self):
        return self.data.isalnum()

    def isalpha(self):
        return self.data.isalpha()

    # What gives plain strs, lists or tuples of them.
    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def partition(self, sep):
        return self.data.partition(sep)

    def join(self, seq):
        return self.data.join(seq)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    @staticmethod
    def maketrans(x, y=None, z=None):
        # str.maketrans with one argument (a dict) or two or three (strs).
        # The dict(x) and str(x) under the tests give x the type each form
        # takes: the compiler does not narrow a parameter of several types.
        if y is None:
            if isinstance(x, dict):
                return str.maketrans(dict(x))
            raise TypeError("if you give only one argument to maketrans it must be a dict")
        if isinstance(x, str):
            return str.maketrans(str(x), y) if z is None else str.maketrans(str(x), y, z)
        raise TypeError("first maketrans argument must be a string if there is a second argument")
