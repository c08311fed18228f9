"""Future: a result that is not there yet. Awaiting one that is pending
hands the future itself up to the Task driving the coroutine, which
resumes the coroutine once the future is done. The messages are those of
CPython's C futures (_asyncio), not of its futures.py."""

from . import events
from .exceptions import CancelledError, InvalidStateError

# A future's states (Task's repr shows them in lower case).
_PENDING = 'PENDING'
_CANCELLED = 'CANCELLED'
_FINISHED = 'FINISHED'


class Future:
    def __init__(self, *, loop=None):
        self._loop = events.get_event_loop() if loop is None else loop
        self._state = _PENDING
        self._result = None
        self._exception = None
        self._cancel_message = None
        self._callbacks = []
        # Set while a coroutine awaits this future: what Task checks that it
        # was handed a future through await, not a bare yield.
        self._asyncio_future_blocking = False

    def get_loop(self):
        return self._loop

    def done(self):
        return self._state != _PENDING

    def cancelled(self):
        return self._state == _CANCELLED

    def _cancelled_error(self):
        if self._cancel_message is None:
            return CancelledError()
        return CancelledError(self._cancel_message)

    def _ended(self, not_yet):
        """Raises what asking for the outcome raises unless it is there:
        the cancellation, or InvalidStateError(not_yet) while pending."""
        if self._state == _CANCELLED:
            raise self._cancelled_error()
        if self._state == _PENDING:
            raise InvalidStateError(not_yet)

    def result(self):
        self._ended('Result is not set.')
        if self._exception is None:
            return self._result
        raise self._exception

    def exception(self):
        self._ended('Exception is not set.')
        return self._exception

    def _settle(self, state):
        """The future is done: its callbacks are scheduled, in the order
        they were added."""
        self._state = state
        for fn in self._callbacks:
            self._loop.call_soon(fn, self)
        self._callbacks = []

    def _still_pending(self):
        if self._state != _PENDING:
            raise InvalidStateError('invalid state')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_message = msg
        self._settle(_CANCELLED)
        return True

    def set_result(self, result):
        self._still_pending()
        self._result = result
        self._settle(_FINISHED)

    def set_exception(self, exception):
        self._still_pending()
        if isinstance(exception, type):
            exception = exception()
        if type(exception) is StopIteration:
            raise TypeError('StopIteration interacts badly with generators and cannot be raised into a Future')
        self._exception = exception
        self._settle(_FINISHED)

    def add_done_callback(self, fn, *, context=None):
        if self.done():
            self._loop.call_soon(fn, self)
        else:
            self._callbacks.append(fn)

    def remove_done_callback(self, fn):
        kept = [f for f in self._callbacks if f != fn]
        removed = len(self._callbacks) - len(kept)
        self._callbacks = kept
        return removed

    def __await__(self):
        if self._state == _PENDING:
            self._asyncio_future_blocking = True
            yield self
            if self._state == _PENDING:
                raise RuntimeError("await wasn't used with future")
        return self.result()

    __iter__ = __await__

    def __repr__(self):
        shown = self._state.lower()
        if self._state == _FINISHED and self._exception is None:
            shown += ' result=' + repr(self._result)
        elif self._state == _FINISHED:
            shown += ' exception=' + repr(self._exception)
        return '<' + type(self).__name__ + ' ' + shown + '>'


def isfuture(obj):
    return isinstance(obj, Future)


def _set_result_unless_cancelled(future, result):
    if not future.cancelled():
        future.set_result(result)
