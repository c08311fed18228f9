"""The native `_ingot_copy` (types/copies.cpp, codegen/copy_core.cpp) for
the checks under CPython, by what it does: a new instance without
__init__, each attribute set on it past __setattr__."""


def blank(x):
    return object.__new__(type(x))


def fill(y, x, copier, arg):
    for name, value in vars(x).items():
        object.__setattr__(y, name, copier(value, arg))
