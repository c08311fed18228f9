"""Python's inspect module: so far the generator states, read natively
(_ingot_traceback.generator_state, runtime/traceback_module.h), and what
kind of def a function is, from its code object's co_flags."""

import functools
import types

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


CO_GENERATOR = 0x20
CO_COROUTINE = 0x80
CO_ASYNC_GENERATOR = 0x200


def _def_has(function, flag):
    """Whether function (a bound method's or a partial's underlying one) is a
    def whose code carries flag; False for anything else."""
    if isinstance(function, types.MethodType):
        function = function.__func__
    while isinstance(function, functools.partial):
        function = function.func
    return isinstance(function, types.FunctionType) and function.__code__.co_flags & flag != 0


def isgeneratorfunction(obj):
    return _def_has(obj, CO_GENERATOR)


def iscoroutinefunction(obj):
    return _def_has(obj, CO_COROUTINE)


def isasyncgenfunction(obj):
    return _def_has(obj, CO_ASYNC_GENERATOR)
