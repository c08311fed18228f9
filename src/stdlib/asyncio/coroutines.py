"""Telling coroutines and async defs apart."""

import inspect


def iscoroutine(obj):
    return inspect.iscoroutine(obj)


def iscoroutinefunction(func):
    return inspect.iscoroutinefunction(func)
