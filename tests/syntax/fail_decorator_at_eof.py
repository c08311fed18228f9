import functools
@functools.cache
