"""copy: shallow and deep copies.

The built-in containers are copied here, each into one of its own
representation (`x.copy()`, then the items replaced) so that a compiled
program keeps its typed containers. An instance of the program's classes
goes through `_ingot_copy` (types/copies.cpp): a new instance of its class
made without __init__, each attribute x has set stored on it past any
__setattr__ (shallow: the same object; deep: its deepcopy), as CPython's
reconstruction from `__reduce_ex__(4)` does for an object whose state is
its __dict__. A class's `__copy__` and `__deepcopy__` are honoured.

The memo is CPython's: `id(x)` to the copy, and under `id(memo)` the list
of originals kept alive, so shared and cyclic structures stay shared and
cyclic in the copy.
"""

import _ingot_copy

__all__ = ["Error", "copy", "deepcopy"]


class Error(Exception):
    pass


error = Error


# A slot every value passes through, to be read back as a dyn: a branch
# for a type the value cannot have is still compiled for its static type
# (`x.copy()` on an instance), where on a dyn each method runs as the
# object has it. The dyn is the same object, so the copies keep x's own
# representation.
_untyped = [None]


def _same(value, memo):
    return value


def _atomic(x):
    """What CPython's copy returns as it is: numbers, strings, bytes,
    None, ranges, classes and functions."""
    if x is None or isinstance(x, (int, float, complex, str, bytes, range)):
        return True
    return type(x).__name__ in ("type", "EnumType", "ABCMeta", "function", "builtin_function_or_method", "ellipsis",
                                "NotImplementedType")


def copy(x):
    if _atomic(x):
        return x
    _untyped[0] = x
    o = _untyped[0]
    if isinstance(o, tuple) or isinstance(o, frozenset):
        return x
    if isinstance(o, list) or isinstance(o, dict) or isinstance(o, set):
        return o.copy()
    if isinstance(o, bytearray):
        return bytearray(o)
    if hasattr(o, "__copy__"):
        return o.__copy__()
    y = _ingot_copy.blank(x)
    _ingot_copy.fill(y, x, _same, None)
    return y


def _keep_alive(x, memo):
    key = id(memo)
    if key in memo:
        memo[key].append(x)
    else:
        memo[key] = [x]


def deepcopy(x, memo=None, _nil=[]):
    if memo is None:
        memo = {}
    d = id(x)
    found = memo.get(d, _nil)
    if found is not _nil:
        return found
    if _atomic(x):
        return x
    _untyped[0] = x
    o = _untyped[0]
    if isinstance(o, list):
        y = o.copy()
        memo[d] = y
        for i in range(len(y)):
            y[i] = deepcopy(y[i], memo)
    elif isinstance(o, tuple):
        items = [deepcopy(a, memo) for a in o]
        # The tuple is not memoised, but one of its items may have reached
        # it again through a mutable container, and that copy wins.
        if d in memo:
            return memo[d]
        changed = False
        for i in range(len(items)):
            if items[i] is not o[i]:
                changed = True
        if not changed:
            return x
        y = tuple(items)
    elif isinstance(o, dict):
        y = o.copy()
        y.clear()
        memo[d] = y
        for key, value in o.items():
            y[deepcopy(key, memo)] = deepcopy(value, memo)
    elif isinstance(o, set):
        items = [deepcopy(a, memo) for a in o]
        y = o.copy()
        y.clear()
        for item in items:
            y.add(item)
    elif isinstance(o, frozenset):
        y = frozenset([deepcopy(a, memo) for a in o])
    elif isinstance(o, bytearray):
        y = bytearray(o)
    elif hasattr(o, "__deepcopy__"):
        y = o.__deepcopy__(memo)
    else:
        y = _ingot_copy.blank(x)
        memo[d] = y
        _ingot_copy.fill(y, x, deepcopy, memo)
    # Not memoised when it is x itself: a later x is copied to x anyway.
    if y is not x:
        memo[d] = y
        _keep_alive(x, memo)
    return y
