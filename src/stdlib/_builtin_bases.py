"""The storage classes of builtin bases: `class D(dict)`, `class P(tuple)`.

The compiler has no instances that are builtin values and class instances
at once, so before stage 1 (src/driver/builtin_bases.h) a class statement
whose base is a builtin below gets, right before it, a copy of the
builtin's class here and of its bases (each named after the class), in the
builtin's place: the instance keeps a plain value of the builtin in
`_ingot_data` and the builtin's methods forward to it, as the C code of a
builtin subclass does (dict's own methods never call the subclass's
__getitem__ or __setitem__; only the subscript reaches __missing__; what
they return is a plain dict, str or int, never the subclass). The classes
define the dunders the builtin's own type defines, no more: int has no
__str__, so print() of an int subclass runs an overridden __repr__.
`_ingot_builtin_` names the builtin for code generation, which registers
the class as the builtin's virtual subclass (isinstance,
runtime/abc_registry.h) and keeps the builtin's slots out of its MRO.

`_ingot_new_` is the builtin's __new__: making an instance runs it with
the constructor's arguments before __init__ (types/calls.cpp,
codegen/attributes.cpp), and a class's own __new__ becomes its
`_ingot_new_`. It stores the value past the class's __setattr__. The
scalar builtins' classes are in _builtin_bases_scalars.py.
"""


class _ingot_storage_:
    def __init__(self, *args, **kwargs):
        pass

    def __eq__(self, other):
        return self._ingot_data == other

    def __ne__(self, other):
        return self._ingot_data != other

    def __hash__(self):
        return hash(self._ingot_data)

    def __repr__(self):
        return repr(self._ingot_data)

    def __format__(self, spec):
        if not spec:
            return str(self)
        return format(self._ingot_data, spec)


# Mixins (a template's bases after the first): the orderings and the
# bitwise operators, which some builtins define and others lack (a dict
# has no <, a float no &). The driver writes a mixin's methods into the
# copy of the class that names it, keeping the copies one chain.
class _ingot_ordered_:
    def __lt__(self, other):
        return self._ingot_data < other

    def __le__(self, other):
        return self._ingot_data <= other

    def __gt__(self, other):
        return self._ingot_data > other

    def __ge__(self, other):
        return self._ingot_data >= other


class _ingot_bitwise_:
    def __and__(self, other):
        return self._ingot_data & other

    def __rand__(self, other):
        return other & self._ingot_data

    def __or__(self, other):
        return self._ingot_data | other

    def __ror__(self, other):
        return other | self._ingot_data

    def __xor__(self, other):
        return self._ingot_data ^ other

    def __rxor__(self, other):
        return other ^ self._ingot_data


class _ingot_container_(_ingot_storage_):
    def __contains__(self, item):
        return item in self._ingot_data

    def __iter__(self):
        return iter(self._ingot_data)

    def __len__(self):
        return len(self._ingot_data)


class _ingot_sequence_(_ingot_container_, _ingot_ordered_):
    def __getitem__(self, index):
        return self._ingot_data[index]

    def __add__(self, other):
        return self._ingot_data + other

    def __radd__(self, other):
        return other + self._ingot_data

    def __mul__(self, n):
        return self._ingot_data * n

    def __rmul__(self, n):
        return self._ingot_data * n

    def count(self, value):
        return self._ingot_data.count(value)

    def index(self, value, start=0, stop=9223372036854775807):
        return self._ingot_data.index(value, start, stop)


class _ingot_dict_(_ingot_container_):
    _ingot_builtin_ = dict
    __hash__ = None

    def _ingot_new_(self, *args, **kwargs):
        object.__setattr__(self, "_ingot_data", {})
        return self

    def __init__(self, other=(), /, **kwds):
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

    def __reversed__(self):
        return reversed(self._ingot_data)

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


class _ingot_list_(_ingot_sequence_):
    _ingot_builtin_ = list
    __hash__ = None

    def _ingot_new_(self, *args, **kwargs):
        object.__setattr__(self, "_ingot_data", [])
        return self

    def __init__(self, iterable=(), /):
        self._ingot_data.clear()
        self._ingot_data.extend(iterable)

    def __setitem__(self, index, value):
        self._ingot_data[index] = value

    def __delitem__(self, index):
        del self._ingot_data[index]

    def __reversed__(self):
        return reversed(self._ingot_data)

    def __iadd__(self, other):
        self._ingot_data.extend(other)
        return self

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


class _ingot_tuple_(_ingot_sequence_):
    _ingot_builtin_ = tuple

    def _ingot_new_(self, iterable=(), /):
        object.__setattr__(self, "_ingot_data", tuple(iterable))
        return self


# What set and frozenset share. Their operators answer a plain set or
# frozenset; their repr names the subclass, as CPython's does.
class _ingot_setlike_(_ingot_container_, _ingot_ordered_, _ingot_bitwise_):
    def __repr__(self):
        if not self._ingot_data:
            return type(self).__name__ + "()"
        return type(self).__name__ + "({" + ", ".join([repr(item) for item in self._ingot_data]) + "})"

    def __sub__(self, other):
        return self._ingot_data - other

    def __rsub__(self, other):
        return other - self._ingot_data

    def copy(self):
        return self._ingot_data.copy()

    def union(self, other):
        return self._ingot_data.union(other)

    def intersection(self, other):
        return self._ingot_data.intersection(other)

    def difference(self, other):
        return self._ingot_data.difference(other)

    def symmetric_difference(self, other):
        return self._ingot_data.symmetric_difference(other)

    def issubset(self, other):
        return self._ingot_data.issubset(other)

    def issuperset(self, other):
        return self._ingot_data.issuperset(other)

    def isdisjoint(self, other):
        return self._ingot_data.isdisjoint(other)


class _ingot_frozenset_(_ingot_setlike_):
    _ingot_builtin_ = frozenset

    def _ingot_new_(self, iterable=(), /):
        object.__setattr__(self, "_ingot_data", frozenset(iterable))
        return self


class _ingot_set_(_ingot_setlike_):
    _ingot_builtin_ = set
    __hash__ = None

    def _ingot_new_(self, *args, **kwargs):
        object.__setattr__(self, "_ingot_data", set())
        return self

    def __init__(self, iterable=(), /):
        self._ingot_data.clear()
        self._ingot_data.update(iterable)

    def __iand__(self, other):
        self._ingot_data &= other
        return self

    def __ior__(self, other):
        self._ingot_data |= other
        return self

    def __isub__(self, other):
        self._ingot_data -= other
        return self

    def __ixor__(self, other):
        self._ingot_data ^= other
        return self

    def add(self, item):
        self._ingot_data.add(item)

    def discard(self, item):
        self._ingot_data.discard(item)

    def remove(self, item):
        self._ingot_data.remove(item)

    def pop(self):
        return self._ingot_data.pop()

    def clear(self):
        self._ingot_data.clear()

    def update(self, other):
        self._ingot_data.update(other)

    def intersection_update(self, other):
        self._ingot_data.intersection_update(other)

    def difference_update(self, other):
        self._ingot_data.difference_update(other)

    def symmetric_difference_update(self, other):
        self._ingot_data.symmetric_difference_update(other)
