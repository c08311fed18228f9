# Every binding statement, in a function and at module level.
import os
import os.path
import xml.dom.minidom as minidom
from collections import OrderedDict as OD, deque
from . import sibling
from ..parent import thing as alias
from os import *


def binders(seq):
    import json
    from os import path as p
    for i, (j, *k) in enumerate(seq):
        pass
    else:
        pass
    while (n := len(seq)) > 10:
        break
    with open("f") as f, open("g") as (g, h):
        pass
    try:
        pass
    except ValueError as error:
        del error
    else:
        pass
    finally:
        pass
    try:
        pass
    except* TypeError as group:
        pass
    match seq:
        case [first, *others]:
            pass
        case {"key": value, **remainder}:
            pass
        case Point(x=px, y=py) | Point(px, py):
            pass
        case str() as text if text:
            pass
        case _:
            pass
    seq[0] = seq.attr = 1
    seq += 1
    a = b = c = None
    del a, (b, c)
    assert seq, json
    raise ValueError from os
    return p


def try_order():
    try:
        f = lambda: 1
    except Exception:
        h = lambda: 3
    else:
        g = lambda: 2
    finally:
        i = lambda: 4


@decorator(lambda: 0)
def decorated(a=lambda: 1, *, b=lambda: 2) -> (lambda: 3):
    pass


def shadowed_builtins():
    len = 1
    return len, print, __name__, __class__
