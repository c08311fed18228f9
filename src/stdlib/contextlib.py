"""contextlib: context managers made from generators, and the small ones.

How a `with` block over a @contextmanager generator ends is decided by
how the generator answers the exception thrown in at its yield; each of
those answers is checked against CPython's contextlib by
tests/stdlib/check_contextlib.py.
"""

import sys

__all__ = ["contextmanager", "closing", "nullcontext", "suppress", "ExitStack", "redirect_stdout",
           "redirect_stderr"]

_ENDED = object()   # next()'s default: the generator returned instead of yielding


def _misbehaved(what):
    return RuntimeError("generator didn't " + what)


class _GeneratorContextManager:
    """The manager a @contextmanager function returns. Entering runs the
    generator up to its yield; leaving runs it on to its end, or throws
    the block's exception in at the yield and reads the generator's answer.
    A generator that yields again is closed at once (CPython's would be
    once nothing refers to it), so that its cleanup runs at the same point."""

    def __init__(self, make, args, kwargs):
        self.gen = make(*args, **kwargs)

    def __enter__(self):
        value = next(self.gen, _ENDED)
        if value is _ENDED:
            raise _misbehaved('yield') from None
        return value

    def __exit__(self, kind, error, trace):
        if kind is None:
            if next(self.gen, _ENDED) is _ENDED:
                return False
            self.gen.close()
            raise _misbehaved('stop')
        return self._throw_in(kind() if error is None else error)

    def _throw_in(self, error):
        """True when the generator swallowed error: it ended, or it raised
        a StopIteration that is not error passed through. False when what
        it raised is error itself, or (PEP 479) the RuntimeError that a
        StopIteration thrown in became; anything else propagates."""
        try:
            self.gen.throw(error)
        except StopIteration as stop:
            return stop is not error
        except BaseException as raised:
            converted = isinstance(raised, RuntimeError) and isinstance(error, StopIteration)
            if raised is error or (converted and raised.__cause__ is error):
                return False
            raise
        self.gen.close()
        raise _misbehaved('stop after throw()')


def contextmanager(func):
    """Turns a generator function that yields once into a function whose
    calls are context managers (_GeneratorContextManager)."""
    def make_manager(*args, **kwargs):
        return _GeneratorContextManager(func, args, kwargs)
    make_manager.__name__ = func.__name__
    make_manager.__doc__ = func.__doc__
    return make_manager


class closing:
    """Gives `thing` to the block and calls its close() however the block ends."""

    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *details):
        self.thing.close()


class nullcontext:
    """Does nothing; `as` binds the value it was made with."""

    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *details):
        return None


class suppress:
    """Ends the block quietly when it raises an instance of one of the
    classes given; any other exception goes on."""

    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        return None

    def __exit__(self, kind, error, trace):
        return kind is not None and issubclass(kind, self._exceptions)


class _StreamRedirect:
    """sys.stdout (or sys.stderr) holds the target while the block runs.

    The streams replaced are kept on a stack, so one object may be entered
    again inside its own block; each exit puts back what its enter found.
    A subclass says which stream by its `_swap`, which stores a new value
    and returns the one it replaced.
    """

    def __init__(self, new_target):
        self._target = new_target
        self._replaced = []

    def __enter__(self):
        self._replaced.append(self._swap(self._target))
        return self._target

    def __exit__(self, kind, error, trace):
        self._swap(self._replaced.pop())


class redirect_stdout(_StreamRedirect):
    def _swap(self, stream):
        previous = sys.stdout
        sys.stdout = stream
        return previous


class redirect_stderr(_StreamRedirect):
    def _swap(self, stream):
        previous = sys.stderr
        sys.stderr = stream
        return previous


class ExitStack:
    """Exit functions, called last in, first out when the block ends (or
    at close()); each sees the exception the ones after it left, and may
    suppress it by answering true."""

    def __init__(self):
        self._exits = []

    def __enter__(self):
        return self

    def enter_context(self, cm):
        """Enters cm now and leaves it with the stack; answers what cm.__enter__ did."""
        entered = cm.__enter__()
        self._exits.append(cm.__exit__)
        return entered

    def callback(self, callback, /, *args, **kwargs):
        """callback(*args, **kwargs) when the stack unwinds; it suppresses nothing."""
        def call(kind, error, trace):
            callback(*args, **kwargs)
        self._exits.append(call)
        return callback

    def push(self, exit):
        """An exit function with __exit__'s parameters and answer."""
        self._exits.append(exit)
        return exit

    def pop_all(self):
        """A new stack holding this one's exit functions; this one is left empty."""
        taker = ExitStack()
        taker._exits, self._exits = self._exits, []
        return taker

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, kind, error, trace):
        came_with_error = error is not None
        suppressed = False
        raising = False
        while self._exits:
            handler = self._exits.pop()
            try:
                if handler(None if error is None else type(error), error, None):
                    suppressed, raising, error = True, False, None
            except BaseException as fresh:
                # The new exception goes on with the one it replaced as its
                # context, as it would from nested with statements.
                if error is not None and fresh is not error and fresh.__context__ is None:
                    fresh.__context__ = error
                raising, error = True, fresh
        if raising:
            raise error
        return came_with_error and suppressed
