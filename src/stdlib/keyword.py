"""keyword: Python 3.11's keywords and soft keywords, as lists sorted the
way CPython's are, and the tests for them."""

__all__ = ["iskeyword", "issoftkeyword", "kwlist", "softkwlist"]

kwlist = sorted(("False None True and as assert async await break class continue def del elif else except "
                 "finally for from global if import in is lambda nonlocal not or pass raise return try while "
                 "with yield").split())
softkwlist = ["_", "case", "match"]

_HARD = frozenset(kwlist)
_SOFT = frozenset(softkwlist)


def iskeyword(s):
    return s in _HARD


def issoftkeyword(s):
    return s in _SOFT
