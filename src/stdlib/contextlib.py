"""contextlib: context managers made from generators, and the small ones.

`contextmanager` follows CPython's _GeneratorContextManager case by case:
which exception a `with` block ends with depends on exactly how the
generator reacts to the one thrown into it.
"""

import sys

__all__ = ["contextmanager", "closing", "nullcontext", "suppress", "ExitStack", "redirect_stdout",
           "redirect_stderr"]


class _GeneratorContextManager:
    def __init__(self, func, args, kwds):
        self.gen = func(*args, **kwds)

    def __enter__(self):
        try:
            return next(self.gen)
        except StopIteration:
            raise RuntimeError("generator didn't yield") from None

    def __exit__(self, typ, value, traceback):
        if typ is None:
            try:
                next(self.gen)
            except StopIteration:
                return False
            self.gen.close()
            raise RuntimeError("generator didn't stop")
        if value is None:
            value = typ()
        try:
            self.gen.throw(value)
        except StopIteration as exc:
            # The generator swallowed the exception, unless the one that
            # stopped it is the exception itself, passed through.
            return exc is not value
        except RuntimeError as exc:
            if exc is value:
                return False
            # PEP 479 turned a StopIteration raised in the block into a
            # RuntimeError; the block's own exception is what continues.
            if isinstance(value, StopIteration) and exc.__cause__ is value:
                return False
            raise
        except BaseException as exc:
            if exc is not value:
                raise
            return False
        self.gen.close()
        raise RuntimeError("generator didn't stop after throw()")


def contextmanager(func):
    def helper(*args, **kwds):
        return _GeneratorContextManager(func, args, kwds)
    helper.__name__ = func.__name__
    helper.__doc__ = func.__doc__
    return helper


class closing:
    def __init__(self, thing):
        self.thing = thing

    def __enter__(self):
        return self.thing

    def __exit__(self, *exc_info):
        self.thing.close()


class nullcontext:
    def __init__(self, enter_result=None):
        self.enter_result = enter_result

    def __enter__(self):
        return self.enter_result

    def __exit__(self, *excinfo):
        pass


class suppress:
    def __init__(self, *exceptions):
        self._exceptions = exceptions

    def __enter__(self):
        pass

    def __exit__(self, exctype, excinst, exctb):
        # An exception not listed propagates; a listed one (or a subclass)
        # ends the block quietly.
        return exctype is not None and issubclass(exctype, self._exceptions)


class _StreamRedirect:
    """sys.stdout (or sys.stderr) holds the target while the block runs.

    The streams replaced are kept on a stack, so one object may be entered
    again inside its own block; each exit puts back what its enter found.
    A subclass says which stream by its `_swap`, which stores a new value
    and returns the one it replaced.
    """

    def __init__(self, new_target):
        self._new_target = new_target
        self._replaced = []

    def __enter__(self):
        self._replaced.append(self._swap(self._new_target))
        return self._new_target

    def __exit__(self, exctype, excinst, exctb):
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
    """Callbacks run last in, first out when the block ends; each sees the
    exception the ones after it left, and may suppress it."""

    def __init__(self):
        self._exits = []

    def __enter__(self):
        return self

    def enter_context(self, cm):
        result = cm.__enter__()
        self._exits.append(cm.__exit__)
        return result

    def callback(self, callback, /, *args, **kwds):
        def exit_callback(exc_type, exc, tb):
            callback(*args, **kwds)
            return False
        self._exits.append(exit_callback)
        return callback

    def push(self, exit):
        self._exits.append(exit)
        return exit

    def pop_all(self):
        new_stack = ExitStack()
        new_stack._exits = self._exits
        self._exits = []
        return new_stack

    def close(self):
        self.__exit__(None, None, None)

    def __exit__(self, exc_type, exc, tb):
        received = exc
        suppressed = False
        pending = False
        while self._exits:
            exit = self._exits.pop()
            try:
                if exit(type(exc) if exc is not None else None, exc, None):
                    suppressed = True
                    pending = False
                    exc = None
            except BaseException as new_exc:
                # The new exception replaces the old one, which becomes its
                # context, as it would have in nested with statements.
                if exc is not None and new_exc is not exc and new_exc.__context__ is None:
                    new_exc.__context__ = exc
                pending = True
                exc = new_exc
        if pending:
            raise exc
        return received is not None and suppressed
