"""functools: higher-order functions, in Python.

The wrappers are small classes with `__call__` rather than closures with
attributes stuck on them: `cache_info()` and `partial.func` are then
ordinary methods and fields that the compiler types like any other.
"""

__all__ = ["WRAPPER_ASSIGNMENTS", "WRAPPER_UPDATES", "update_wrapper", "wraps", "total_ordering", "cmp_to_key",
           "reduce", "partial", "lru_cache", "cache", "cached_property", "singledispatch"]

WRAPPER_ASSIGNMENTS = ("__module__", "__name__", "__qualname__", "__doc__", "__annotations__")
WRAPPER_UPDATES = ("__dict__",)

# reduce's "no initial value": None is a valid initial value.
_initial_missing = object()


def reduce(function, iterable, initial=_initial_missing):
    it = iter(iterable)
    if initial is _initial_missing:
        try:
            value = next(it)
        except StopIteration:
            raise TypeError("reduce() of empty iterable with no initial value") from None
    else:
        value = initial
    for element in it:
        value = function(value, element)
    return value


class partial:
    """A function with some arguments given in advance. A partial of a
    partial is flattened, as CPython's is, so `p.func` is never a partial."""

    def __init__(self, func, /, *args, **keywords):
        if not callable(func):
            raise TypeError("the first argument must be callable")
        if isinstance(func, partial):
            args = func.args + args
            keywords = {**func.keywords, **keywords}
            func = func.func
        self.func = func
        self.args = args
        self.keywords = keywords

    def __call__(self, /, *args, **keywords):
        return self.func(*self.args, *args, **{**self.keywords, **keywords})

    def __repr__(self):
        parts = [repr(self.func)]
        parts.extend(repr(arg) for arg in self.args)
        parts.extend(key + "=" + repr(value) for key, value in self.keywords.items())
        return "functools.partial(" + ", ".join(parts) + ")"


def update_wrapper(wrapper, wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    for attr in assigned:
        try:
            value = getattr(wrapped, attr)
        except AttributeError:
            continue
        setattr(wrapper, attr, value)
    for attr in updated:
        getattr(wrapper, attr).update(getattr(wrapped, attr, {}))
    # Set last, so that a __wrapped__ copied from `wrapped`'s __dict__ is replaced.
    wrapper.__wrapped__ = wrapped
    return wrapper


def wraps(wrapped, assigned=WRAPPER_ASSIGNMENTS, updated=WRAPPER_UPDATES):
    return partial(update_wrapper, wrapped=wrapped, assigned=assigned, updated=updated)


class _CmpKey:
    """What cmp_to_key's key function makes of an item: compared through
    the old-style cmp function, and unhashable, as CPython's is."""

    __slots__ = ("obj", "cmp")
    __hash__ = None

    def __init__(self, obj, cmp):
        self.obj = obj
        self.cmp = cmp

    def __lt__(self, other):
        return self.cmp(self.obj, other.obj) < 0

    def __gt__(self, other):
        return self.cmp(self.obj, other.obj) > 0

    def __eq__(self, other):
        return self.cmp(self.obj, other.obj) == 0

    def __le__(self, other):
        return self.cmp(self.obj, other.obj) <= 0

    def __ge__(self, other):
        return self.cmp(self.obj, other.obj) >= 0


def cmp_to_key(mycmp):
    def key(obj):
        return _CmpKey(obj, mycmp)
    return key


# total_ordering: for each comparison a class may define, how to derive the
# other three from it and __eq__ (the roots CPython's table uses, in order).
def _gt_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _le_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _ge_from_lt(self, other):
    op_result = type(self).__lt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _ge_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _lt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _gt_from_le(self, other):
    op_result = type(self).__le__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _lt_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result and self != other


def _ge_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result or self == other


def _le_from_gt(self, other):
    op_result = type(self).__gt__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


def _le_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result or self == other


def _gt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return op_result and self != other


def _lt_from_ge(self, other):
    op_result = type(self).__ge__(self, other)
    if op_result is NotImplemented:
        return op_result
    return not op_result


_CONVERT = {
    "__lt__": [("__gt__", _gt_from_lt), ("__le__", _le_from_lt), ("__ge__", _ge_from_lt)],
    "__le__": [("__ge__", _ge_from_le), ("__lt__", _lt_from_le), ("__gt__", _gt_from_le)],
    "__gt__": [("__lt__", _lt_from_gt), ("__ge__", _ge_from_gt), ("__le__", _le_from_gt)],
    "__ge__": [("__le__", _le_from_ge), ("__gt__", _gt_from_ge), ("__lt__", _lt_from_ge)],
}


def total_ordering(cls):
    roots = [op for op in _CONVERT if getattr(cls, op, None) is not getattr(object, op, None)]
    if not roots:
        raise ValueError("must define at least one ordering operation: < > <= >=")
    # CPython prefers __lt__ over __le__ over __gt__ over __ge__.
    root = max(roots)
    for opname, opfunc in _CONVERT[root]:
        if opname not in roots:
            setattr(cls, opname, opfunc)
    return cls


class _CacheInfo:
    """cache_info()'s answer: CPython's is a named tuple, printed so."""

    def __init__(self, hits, misses, maxsize, currsize):
        self.hits = hits
        self.misses = misses
        self.maxsize = maxsize
        self.currsize = currsize

    def __iter__(self):
        return iter((self.hits, self.misses, self.maxsize, self.currsize))

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __repr__(self):
        return "CacheInfo(hits=%r, misses=%r, maxsize=%r, currsize=%r)" % (
            self.hits, self.misses, self.maxsize, self.currsize)


class _LruCacheWrapper:
    """A function with a cache of its results by arguments. With a maxsize,
    the least recently used entry goes first: the dict keeps entries in use
    order, as a hit moves its entry to the end."""

    def __init__(self, func, maxsize, typed):
        self.__wrapped__ = func
        self._maxsize = maxsize
        self._typed = typed
        self._cache = {}
        self._hits = 0
        self._misses = 0
        update_wrapper(self, func)

    def _key(self, args, keywords):
        key = args
        if keywords:
            key += (_KWD_MARK,) + tuple(keywords.items())
        if self._typed:
            key += tuple(type(v) for v in args) + tuple(type(v) for v in keywords.values())
        return key

    def __call__(self, *args, **keywords):
        key = self._key(args, keywords)
        cache = self._cache
        if key in cache:
            self._hits += 1
            result = cache[key]
            if self._maxsize is not None:
                del cache[key]
                cache[key] = result
            return result
        self._misses += 1
        result = self.__wrapped__(*args, **keywords)
        if self._maxsize is None or self._maxsize > 0:
            if key not in cache and self._maxsize is not None and len(cache) >= self._maxsize:
                del cache[next(iter(cache))]
            cache[key] = result
        return result

    def cache_info(self):
        return _CacheInfo(self._hits, self._misses, self._maxsize, len(self._cache))

    def cache_clear(self):
        self._cache.clear()
        self._hits = 0
        self._misses = 0


_KWD_MARK = object()


def lru_cache(maxsize=128, typed=False):
    if callable(maxsize) and isinstance(typed, bool):
        # @lru_cache without arguments: `maxsize` is the function.
        return _LruCacheWrapper(maxsize, 128, typed)
    if maxsize is not None:
        if not isinstance(maxsize, int):
            raise TypeError("Expected first argument to be an integer, a callable, or None")
        if maxsize < 0:
            maxsize = 0

    def decorating_function(user_function):
        return _LruCacheWrapper(user_function, maxsize, typed)
    return decorating_function


def cache(user_function):
    return _LruCacheWrapper(user_function, None, False)


class cached_property:
    """A non-data descriptor: the first read runs the function and stores
    its value as the instance's attribute of the same name, which later
    reads find first. CPython writes the instance's __dict__, past any
    __setattr__ of its class: object.__setattr__ does the same."""

    def __init__(self, func):
        self.func = func
        self.attrname = None

    def __set_name__(self, owner, name):
        if self.attrname is None:
            self.attrname = name
        elif name != self.attrname:
            raise TypeError("Cannot assign the same cached_property to two different names "
                            f"({self.attrname!r} and {name!r}).")

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        if self.attrname is None:
            raise TypeError("Cannot use cached_property instance without calling __set_name__ on it.")
        val = self.func(instance)
        object.__setattr__(instance, self.attrname, val)
        return val


class _SingleDispatch:
    """A generic function of one argument's class: the implementation
    registered for the nearest class along that class's MRO runs, else the
    first registered class it is a (virtual) subclass of, else the default.
    What each class found is cached until the next registration."""

    def __init__(self, func):
        self.registry = {object: func}
        self._found = {}
        update_wrapper(self, func)

    def dispatch(self, cls):
        impl = self._found.get(cls)
        if impl is None:
            impl = self._find(cls)
            self._found[cls] = impl
        return impl

    def _find(self, cls):
        for base in cls.__mro__:
            if base in self.registry:
                return self.registry[base]
        for registered, impl in self.registry.items():
            if issubclass(cls, registered):
                return impl
        return self.registry[object]

    def register(self, cls, func=None):
        if func is None:
            if isinstance(cls, type):
                return lambda f: self.register(cls, f)
            annotations = getattr(cls, "__annotations__", {})
            if not annotations:
                raise TypeError(f"Invalid first argument to `register()`: {cls!r}. "
                                "Use either `@register(some_class)` or plain `@register` on an annotated function.")
            func = cls
            argname, cls = next(iter(annotations.items()))
            if not isinstance(cls, type):
                raise TypeError(f"Invalid annotation for {argname!r}. {cls!r} is not a class.")
        self.registry[cls] = func
        self._found.clear()
        return func

    def __call__(self, /, *args, **kwargs):
        if not args:
            raise TypeError(f"{self.__name__} requires at least 1 positional argument")
        return self.dispatch(args[0].__class__)(*args, **kwargs)


def singledispatch(func):
    return _SingleDispatch(func)
