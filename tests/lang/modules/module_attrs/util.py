"""Utility docstring."""
import math as _m
def sqrt2():
    return _m.sqrt(2)
value = 42
class Thing:
    pass
