"""Simple statements of every kind."""
import os
import os.path as osp, sys
from . import sibling
from .. import parent as p
from ...package.module import (a, b as c,)
from __future__ import annotations
from collections import *

x = 1
x = y = z = 2
a, b = b, a
a, *rest = [1, 2, 3]
*init, last = range(5)
[first, (second, *others)] = data
obj.attr = obj.other.attr = 3
items[0] = items[1:2] = items[::2] = None
x += 1; x -= 1; x *= 2; x /= 2; x //= 2; x %= 3
x **= 2; x >>= 1; x <<= 1; x &= 7; x |= 8; x ^= 9; x @= m
count: int
count: int = 0
obj.field: "str" = ""
items[0]: float
(parenthesized): int = 1
del x
del a, b.c, d[0], (e, f), [g]
assert x
assert x > 0, "x must be positive"
pass
raise
raise ValueError
raise ValueError("bad") from None
global g1, g2


def scope():
    nonlocal_target = 1

    def inner():
        nonlocal nonlocal_target
        global g3
        nonlocal_target += 1
        return
    return inner


for i in range(3):
    if i:
        continue
    break
print >>sys.stderr, "hello"
...
