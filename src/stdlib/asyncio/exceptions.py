"""The exceptions asyncio raises."""


class CancelledError(BaseException):
    """The task or future was cancelled."""


class InvalidStateError(Exception):
    """A future's result was asked for too early, or set twice."""





# Since Python 3.11, asyncio.TimeoutError is the builtin one (the package
# exports it under that name: a module of ingot's cannot yet rebind a
# builtin's name to the builtin).
BuiltinTimeoutError = TimeoutError
