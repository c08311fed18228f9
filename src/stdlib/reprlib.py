"""reprlib: reprs cut down to a size (Repr, repr, recursive_repr), written
from the library reference, with CPython 3.11 as the black box the tests
compare against."""

from itertools import islice

__all__ = ["Repr", "repr", "recursive_repr"]


def recursive_repr(fillvalue='...'):
    """A decorator for __repr__ methods: a call made again for the same
    object while its repr is being made returns `fillvalue` instead."""

    def decorate(method):
        busy = set()

        def guarded(self):
            key = id(self)
            if key in busy:
                return fillvalue
            busy.add(key)
            try:
                return method(self)
            finally:
                busy.discard(key)

        guarded.__name__ = method.__name__
        guarded.__qualname__ = method.__qualname__
        guarded.__doc__ = method.__doc__
        guarded.__module__ = method.__module__
        return guarded

    return decorate


def _plain_repr(x):
    """The built-in repr() (this module's `repr` is Repr's)."""
    return '%r' % (x,)


def _in_order(items):
    """The items sorted where they can be, else as they come."""
    try:
        return sorted(items)
    except Exception:
        return list(items)


def _elide(text, limit, fillvalue):
    """text with its middle replaced by `fillvalue` when longer than `limit`."""
    if len(text) <= limit:
        return text
    head = max(0, (limit - 3) // 2)
    tail = max(0, limit - 3 - head)
    return text[:head] + fillvalue + text[len(text) - tail:]


class Repr:
    """Makes reprs with limits: how deep containers are shown (maxlevel),
    how many items of each kind of container, how long strings, ints and
    other objects' reprs may be. A subclass may add `repr_TYPENAME(self,
    obj, level)` methods for more types."""

    def __init__(self):
        # The limits, set in the order vars() lists them.
        (self.fillvalue, self.maxlevel, self.maxtuple, self.maxlist, self.maxarray, self.maxdict, self.maxset,
         self.maxfrozenset, self.maxdeque, self.maxstring, self.maxlong,
         self.maxother) = ('...', 6, 6, 6, 5, 4, 6, 6, 6, 30, 40, 30)

    def repr(self, x):
        return self.repr1(x, self.maxlevel)

    def repr1(self, x, level):
        """The repr of x with `level` levels of nesting left to show: by the
        method named after x's exact type, else repr_instance."""
        kind = '_'.join(type(x).__name__.split())
        method = getattr(self, 'repr_' + kind, None)
        if method is None:
            return self.repr_instance(x, level)
        return method(x, level)

    def _items(self, x, level, left, right, most, single=''):
        """left + the first `most` items' reprs + right; `single` goes before
        `right` when there is one item (a tuple's ',')."""
        count = len(x)
        if level <= 0 and count:
            return left + self.fillvalue + right
        pieces = [self.repr1(item, level - 1) for item in islice(x, most)]
        if count > most:
            pieces.append(self.fillvalue)
        if count == 1:
            right = single + right
        return left + ', '.join(pieces) + right

    def repr_tuple(self, x, level):
        return self._items(x, level, '(', ')', self.maxtuple, ',')

    def repr_list(self, x, level):
        return self._items(x, level, '[', ']', self.maxlist)

    def repr_array(self, x, level):
        header = "array('%s'" % x.typecode
        return self._items(x, level, header + ', [', '])', self.maxarray) if x else header + ')'

    # Sets are shown sorted where their items can be, as pprint does.
    def repr_set(self, x, level):
        return self._items(_in_order(x), level, '{', '}', self.maxset) if x else 'set()'

    def repr_frozenset(self, x, level):
        return self._items(_in_order(x), level, 'frozenset({', '})', self.maxfrozenset) if x else 'frozenset()'

    def repr_deque(self, x, level):
        return self._items(x, level, 'deque([', '])', self.maxdeque)

    def repr_dict(self, x, level):
        if level <= 0 or not x:
            return '{' + (self.fillvalue if x else '') + '}'
        shown = [self.repr1(key, level - 1) + ': ' + self.repr1(x[key], level - 1)
                 for key in islice(_in_order(x), self.maxdict)]
        if len(x) > self.maxdict:
            shown.append(self.fillvalue)
        return '{' + ', '.join(shown) + '}'

    def repr_str(self, x, level):
        text = _plain_repr(x[:self.maxstring])
        if len(text) <= self.maxstring:
            return text
        # The repr of the two ends kept, its middle replaced.
        head = max(0, (self.maxstring - 3) // 2)
        tail = max(0, self.maxstring - 3 - head)
        text = _plain_repr(x[:head] + x[len(x) - tail:])
        return text[:head] + self.fillvalue + text[len(text) - tail:]

    def repr_int(self, x, level):
        return _elide(_plain_repr(x), self.maxlong, self.fillvalue)

    def repr_instance(self, x, level):
        try:
            text = _plain_repr(x)
        except Exception:
            return '<%s instance at %#x>' % (type(x).__name__, id(x))
        return _elide(text, self.maxother, self.fillvalue)


aRepr = Repr()
repr = aRepr.repr
