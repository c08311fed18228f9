"""The storage classes of `class D(dict)` and `class S(list)`.

The compiler has no instances that are builtin containers and class
instances at once, so before stage 1 (src/driver/builtin_bases.h) a class
statement whose base is the builtin `dict` or `list` gets, right before
it, a copy of the matching class below, named after it, in the builtin's
place: the instance keeps the container in `_ingot_data` and dict's or
list's methods forward to it, as the C code of a builtin subclass does
(dict's own methods never call the subclass's __getitem__ or
__setitem__; only the subscript reaches __missing__). `_ingot_builtin_`
names the builtin for code generation, which registers the class as the
builtin's virtual subclass (isinstance, runtime/abc_registry.h) and keeps
the builtin's slots out of its MRO. `_ingot_new_` is what the builtin's __new__ does: the
compiler runs it first in every __init__ of such a class. It looks for
the container without reading the attribute, which would reach a
__getattr__ of the class (AttrDict's calls __getitem__), and stores it
past the class's __setattr__.
"""


class _ingot_dict_:
    _ingot_builtin_ = dict
    __hash__ = None

    def _ingot_new_(self):
        if "_ingot_data" not in vars(self):
            object.__setattr__(self, "_ingot_data", {})

    def __init__(self, other=(), /, **kwds):
        self._ingot_new_()
        self._ingot_data.update(other)
        self._ingot_data.update(kwds)

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d

    def __getitem__(self, key):
        data = self._ingot_data
        if key in data:
            return data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._ingot_data[key] = value

    def __delitem__(self, key):
        del self._ingot_data[key]

    def __contains__(self, key):
        return key in self._ingot_data

    def __iter__(self):
        return iter(self._ingot_data)

    def __reversed__(self):
        return reversed(self._ingot_data)

    def __len__(self):
        return len(self._ingot_data)

    def __repr__(self):
        return repr(self._ingot_data)

    def __eq__(self, other):
        return self._ingot_data == other

    def __or__(self, other):
        return self._ingot_data | other

    def __ror__(self, other):
        return other | self._ingot_data

    def __ior__(self, other):
        self._ingot_data.update(other)
        return self

    def keys(self):
        return self._ingot_data.keys()

    def values(self):
        return self._ingot_data.values()

    def items(self):
        return self._ingot_data.items()

    def get(self, key, default=None):
        return self._ingot_data.get(key, default)

    def setdefault(self, key, default=None):
        return self._ingot_data.setdefault(key, default)

    def pop(self, key, *default):
        if default:
            return self._ingot_data.pop(key, default[0])
        return self._ingot_data.pop(key)

    def popitem(self):
        return self._ingot_data.popitem()

    def clear(self):
        self._ingot_data.clear()

    def update(self, other=(), /, **kwds):
        self._ingot_data.update(other)
        self._ingot_data.update(kwds)

    def copy(self):
        return self._ingot_data.copy()


class _ingot_list_:
    _ingot_builtin_ = list
    __hash__ = None

    def _ingot_new_(self):
        if "_ingot_data" not in vars(self):
            object.__setattr__(self, "_ingot_data", [])

    def __init__(self, iterable=(), /):
        self._ingot_new_()
        self._ingot_data.clear()
        self._ingot_data.extend(iterable)

    def __getitem__(self, index):
        return self._ingot_data[index]

    def __setitem__(self, index, value):
        self._ingot_data[index] = value

    def __delitem__(self, index):
        del self._ingot_data[index]

    def __contains__(self, value):
        return value in self._ingot_data

    def __iter__(self):
        return iter(self._ingot_data)

    def __reversed__(self):
        return reversed(self._ingot_data)

    def __len__(self):
        return len(self._ingot_data)

    def __repr__(self):
        return repr(self._ingot_data)

    def __eq__(self, other):
        return self._ingot_data == other

    def __lt__(self, other):
        return self._ingot_data < other

    def __le__(self, other):
        return self._ingot_data <= other

    def __gt__(self, other):
        return self._ingot_data > other

    def __ge__(self, other):
        return self._ingot_data >= other

    def __add__(self, other):
        return self._ingot_data + other

    def __radd__(self, other):
        return other + self._ingot_data

    def __iadd__(self, other):
        self._ingot_data.extend(other)
        return self

    def __mul__(self, n):
        return self._ingot_data * n

    def __rmul__(self, n):
        return self._ingot_data * n

    def __imul__(self, n):
        self._ingot_data *= n
        return self

    def append(self, value):
        self._ingot_data.append(value)

    def extend(self, iterable):
        self._ingot_data.extend(iterable)

    def insert(self, index, value):
        self._ingot_data.insert(index, value)

    def pop(self, index=-1):
        return self._ingot_data.pop(index)

    def remove(self, value):
        self._ingot_data.remove(value)

    def index(self, value, start=0, stop=9223372036854775807):
        return self._ingot_data.index(value, start, stop)

    def count(self, value):
        return self._ingot_data.count(value)

    def sort(self, *, key=None, reverse=False):
        if key is None:
            self._ingot_data.sort(reverse=reverse)
        else:
            self._ingot_data.sort(key=key, reverse=reverse)

    def reverse(self):
        self._ingot_data.reverse()

    def clear(self):
        self._ingot_data.clear()

    def copy(self):
        return self._ingot_data.copy()
