"""gc: the collector's interface, over the Boehm collector that every
object of an ingot program lives in (runtime/memory.h).

That collector traces the whole heap at each collection; it has no
generations and frees cycles without finding them first. So collect()
runs a full collection and reports 0 unreachable objects (the count
CPython's cycle finder gives, which ingot has no counterpart of),
enable()/disable() turn collections on and off, the thresholds and debug
flags are kept for their getters to give back, and the generation counts
and statistics stay at zero."""

import _ingot_gc

DEBUG_STATS = 1
DEBUG_COLLECTABLE = 2
DEBUG_UNCOLLECTABLE = 4
DEBUG_SAVEALL = 32
DEBUG_LEAK = 38

garbage = []
callbacks = []

_threshold = (700, 10, 10)
_debug = 0


def _index(n):
    if not isinstance(n, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)
    return n


def collect(generation=2):
    if _index(generation) not in (0, 1, 2):
        raise ValueError("invalid generation")
    _ingot_gc.collect()
    return 0


def enable():
    _ingot_gc.enable(True)


def disable():
    _ingot_gc.enable(False)


def isenabled():
    return _ingot_gc.isenabled()


def get_threshold():
    return _threshold


def set_threshold(threshold0, *rest):
    """The thresholds given replace the first ones; the rest are kept."""
    global _threshold
    if len(rest) > 2:
        raise TypeError("set_threshold() takes at most 3 arguments (%d given)" % (len(rest) + 1))
    given = (_index(threshold0),) + tuple(_index(t) for t in rest)
    _threshold = given + _threshold[len(given):]


def get_count():
    return (0, 0, 0)


def get_debug():
    return _debug


def set_debug(flags):
    global _debug
    _debug = _index(flags)


def get_stats():
    return [{"collections": 0, "collected": 0, "uncollectable": 0} for _ in range(3)]


def freeze():
    pass


def unfreeze():
    pass


def get_freeze_count():
    return 0


def is_finalized(obj):
    return False
