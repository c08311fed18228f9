"""_DictBase: what Counter, defaultdict and OrderedDict inherit from dict.

CPython's are subclasses of dict. ingot cannot compile a class with a
builtin base yet, so these hold a dict of their own (`_data`) and answer
dict's methods by forwarding to it, as dict's C code does for a subclass:
dict's own methods never call a subclass's __getitem__ or __setitem__, only
d[key] (the subscript) reaches __missing__. What differs from CPython:
isinstance(x, dict) is False.
"""

_MISSING = object()


def _is_mapping(value):
    return isinstance(value, dict) or isinstance(value, _DictBase)


class _DictBase:
    __hash__ = None

    def __init__(self, other=(), /, **kwds):
        self._data = {}
        self.update(other, **kwds)

    def __getitem__(self, key):
        if key in self._data:
            return self._data[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __contains__(self, key):
        return key in self._data

    def __iter__(self):
        return iter(self._data)

    def __reversed__(self):
        yield from reversed(self._data)

    def __len__(self):
        return len(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def get(self, key, default=None):
        return self._data.get(key, default)

    def setdefault(self, key, default=None):
        return self._data.setdefault(key, default)

    def pop(self, key, default=_MISSING):
        if default is _MISSING:
            return self._data.pop(key)
        return self._data.pop(key, default)

    def popitem(self):
        return self._data.popitem()

    def clear(self):
        self._data.clear()

    def update(self, other=(), /, **kwds):
        # dict.update: a mapping's keys() and items, else (key, value) pairs.
        if isinstance(other, _DictBase):
            self._data.update(other._data)
        else:
            self._data.update(other)
        self._data.update(kwds)

    def __eq__(self, other):
        if isinstance(other, _DictBase):
            return self._data == other._data
        if isinstance(other, dict):
            return self._data == other
        return NotImplemented

    def __ne__(self, other):
        equal = self.__eq__(other)
        if equal is NotImplemented:
            return NotImplemented
        return not equal

    def _dict_repr(self):
        # dict.__repr__(self): the items as a plain dict prints them.
        return repr(self._data)
