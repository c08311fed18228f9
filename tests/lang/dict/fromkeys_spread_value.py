# dict.fromkeys(keys, *args): the value comes from the spread when it has
# one item and is None when it is empty, in a plain function and in a
# classmethod of a MutableMapping subclass (as requests' structures do).
from collections.abc import MutableMapping


class Registry(MutableMapping):
    def __init__(self):
        self._data = {}

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        self._data[key] = value

    def __delitem__(self, key):
        del self._data[key]

    def __iter__(self):
        return iter(self._data)

    def __len__(self):
        return len(self._data)

    @classmethod
    def fromkeys(cls, keys, *args):
        r = cls()
        r.update(dict.fromkeys(keys, *args))
        return r


def make(keys, *args):
    return dict.fromkeys(keys, *args)


print(sorted(Registry.fromkeys(["a", "b"]).items()))
print(list(Registry.fromkeys(["x"], 5).items()))
print(make("ab"), make(range(3), 0), make([1, 2], "v"))
defaults = (0.5,)
print(dict.fromkeys(["p", "q"], *defaults))
try:
    make("ab", 1, 2)
except TypeError as e:
    print("TypeError:", e)
