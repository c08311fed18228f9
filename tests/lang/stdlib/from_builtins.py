# `from builtins import ...` binds the builtins themselves, as operator.py
# does to reach abs under its own abs.
from builtins import abs as _abs, len as size
import operator


def abs(x):
    return 'shadowed'


print(_abs(-3), _abs(-2.5), size('four'), abs(1), operator.abs(-7), operator.add(2, 3), operator.itemgetter(1)('xyz'))
