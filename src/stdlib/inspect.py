"""Python's inspect module: so far the generator states, read natively
(_ingot_traceback.generator_state, runtime/traceback_module.h)."""

import _ingot_traceback

GEN_CREATED = 'GEN_CREATED'
GEN_RUNNING = 'GEN_RUNNING'
GEN_SUSPENDED = 'GEN_SUSPENDED'
GEN_CLOSED = 'GEN_CLOSED'


def getgeneratorstate(generator):
    """The generator's state: GEN_CREATED before it first runs,
    GEN_RUNNING while it runs, GEN_SUSPENDED at a yield, GEN_CLOSED once it
    has finished or been closed."""
    return _ingot_traceback.generator_state(generator)


async def _coroutine_function():
    pass


_coroutine = _coroutine_function()
_CoroutineType = type(_coroutine)
_coroutine.close()


def iscoroutine(object):
    """Whether object is a coroutine (what calling an async def returns)."""
    return type(object) is _CoroutineType
