"""Handlers a program picks by name at run time."""

SCALE = 10


def square(x):
    return x * x


def scaled(x, factor=SCALE):
    return x * factor


def describe(x, *, prefix="value"):
    return "%s=%r" % (prefix, x)


def pair(*args, **kwargs):
    return len(args), sorted(kwargs)
