"""Telling coroutines apart. (iscoroutinefunction waits for code objects'
co_flags, which say whether a function was an async def.)"""

import inspect


def iscoroutine(obj):
    return inspect.iscoroutine(obj)
