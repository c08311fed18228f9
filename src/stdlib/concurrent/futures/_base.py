"""Futures, the executor interface, wait() and as_completed()."""

import collections
import sys
import threading
import time
import traceback

FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'

# A future's states. A cancelled future becomes CANCELLED_AND_NOTIFIED
# when its executor, about to run it, sees the cancellation.
PENDING = 'PENDING'
RUNNING = 'RUNNING'
CANCELLED = 'CANCELLED'
CANCELLED_AND_NOTIFIED = 'CANCELLED_AND_NOTIFIED'
FINISHED = 'FINISHED'

_STATE_TO_DESCRIPTION_MAP = {
    PENDING: "pending",
    RUNNING: "running",
    CANCELLED: "cancelled",
    CANCELLED_AND_NOTIFIED: "cancelled",
    FINISHED: "finished"
}


class Error(Exception):
    """Base class for all future-related exceptions."""


class CancelledError(Error):
    """The Future was cancelled."""


class InvalidStateError(Error):
    """The operation is not allowed in this state."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run its calls."""


def _log_exception(message, error):
    """What CPython's 'concurrent.futures' logger prints, with no handler
    configured, for an exception it logs."""
    print(message, file=sys.stderr)
    traceback.print_exception(error, file=sys.stderr)


class _Waiter:
    """Collects the futures that end while wait() or as_completed() waits
    for them; its event is set once `pending` of them have ended (at the
    first exception too, when stop_on_exception)."""

    def __init__(self, pending, stop_on_exception):
        self.event = threading.Event()
        self.finished_futures = []
        self.pending = pending
        self.stop_on_exception = stop_on_exception

    def _ended(self, future):
        self.finished_futures.append(future)
        self.pending -= 1
        if self.pending <= 0:
            self.event.set()

    def add_result(self, future):
        self._ended(future)

    def add_exception(self, future):
        self._ended(future)
        if self.stop_on_exception:
            self.event.set()

    def add_cancelled(self, future):
        self._ended(future)


def _ended(future):
    return future._state == CANCELLED_AND_NOTIFIED or future._state == FINISHED


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures `fs` have ended as `return_when` says, or
    `timeout` seconds have passed: the (done, not_done) sets."""
    fs = set(fs)
    done = set(f for f in fs if _ended(f))
    not_done = fs - done
    if return_when == FIRST_COMPLETED and done:
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_EXCEPTION and done:
        if any(not f.cancelled() and f.exception() is not None for f in done):
            return DoneAndNotDoneFutures(done, not_done)
    if len(done) == len(fs):
        return DoneAndNotDoneFutures(done, not_done)
    if return_when == FIRST_COMPLETED:
        waiter = _Waiter(1, False)
    elif return_when == FIRST_EXCEPTION:
        waiter = _Waiter(len(not_done), True)
    elif return_when == ALL_COMPLETED:
        waiter = _Waiter(len(not_done), False)
    else:
        raise ValueError("Invalid return condition: %r" % return_when)
    for f in fs:
        f._waiters.append(waiter)
    waiter.event.wait(timeout)
    for f in fs:
        f._waiters.remove(waiter)
    done.update(waiter.finished_futures)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """The futures `fs` as they end (those already ended first); raises
    TimeoutError when `timeout` seconds pass with some still running."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    ended = [f for f in fs if _ended(f)]
    pending = fs - set(ended)
    waiter = _Waiter(1, False)
    for f in fs:
        f._waiters.append(waiter)
    try:
        while ended:
            yield ended.pop()
        while pending:
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            waiter.event.wait(left)
            batch = waiter.finished_futures
            waiter.finished_futures = []
            waiter.pending = 1
            waiter.event.clear()
            for f in batch:
                pending.discard(f)
                yield f
    finally:
        for f in fs:
            f._waiters.remove(waiter)


class _Callback:
    """A done-callback: kept in an instance, as a list of the program's
    function values read back through a loop does not compile yet."""

    def __init__(self, fn):
        self.fn = fn


class Future:
    """The result, to come, of a call an executor runs."""

    def __init__(self):
        self._condition = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._waiters = []
        self._done_callbacks = []

    def _invoke_callbacks(self):
        for callback in self._done_callbacks:
            try:
                callback.fn(self)
            except Exception as error:
                _log_exception('exception calling callback for %r' % self, error)

    def __repr__(self):
        with self._condition:
            if self._state == FINISHED:
                if self._exception is not None:
                    return '<%s at %#x state=%s raised %s>' % (type(self).__name__, id(self),
                                                             _STATE_TO_DESCRIPTION_MAP[self._state],
                                                             type(self._exception).__name__)
                return '<%s at %#x state=%s returned %s>' % (type(self).__name__, id(self),
                                                           _STATE_TO_DESCRIPTION_MAP[self._state],
                                                           type(self._result).__name__)
            return '<%s at %#x state=%s>' % (type(self).__name__, id(self), _STATE_TO_DESCRIPTION_MAP[self._state])

    def cancel(self):
        """Cancels the call unless it runs or has run: whether it is cancelled."""
        with self._condition:
            if self._state == RUNNING or self._state == FINISHED:
                return False
            if self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED:
                return True
            self._state = CANCELLED
            self._condition.notify_all()
        self._invoke_callbacks()
        return True

    def cancelled(self):
        return self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED or self._state == FINISHED

    def _outcome(self):
        if self._exception is not None:
            raise self._exception
        return self._result

    def add_done_callback(self, fn):
        """Has fn(future) called once the future is done (now, if it is)."""
        with self._condition:
            if not self.done():
                self._done_callbacks.append(_Callback(fn))
                return
        try:
            fn(self)
        except Exception as error:
            _log_exception('exception calling callback for %r' % self, error)

    def _wait_done(self, timeout):
        """Waits for the future to be done; CancelledError, TimeoutError."""
        if self.cancelled():
            raise CancelledError()
        if self._state != FINISHED:
            self._condition.wait(timeout)
            if self.cancelled():
                raise CancelledError()
            if self._state != FINISHED:
                raise TimeoutError()

    def result(self, timeout=None):
        with self._condition:
            self._wait_done(timeout)
            return self._outcome()

    def exception(self, timeout=None):
        with self._condition:
            self._wait_done(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors, before running the call: False if it was
        cancelled (its waiters are told), True if it may run."""
        with self._condition:
            if self._state == CANCELLED:
                self._state = CANCELLED_AND_NOTIFIED
                for waiter in self._waiters:
                    waiter.add_cancelled(self)
                return False
            if self._state == PENDING:
                self._state = RUNNING
                return True
            raise RuntimeError('Future in unexpected state')

    def _check_settable(self):
        if self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED or self._state == FINISHED:
            raise InvalidStateError('%s: %r' % (self._state, self))

    def _finish(self, raised):
        self._state = FINISHED
        for waiter in self._waiters:
            if raised:
                waiter.add_exception(self)
            else:
                waiter.add_result(self)
        self._condition.notify_all()

    def set_result(self, result):
        with self._condition:
            self._check_settable()
            self._result = result
            self._finish(False)
        self._invoke_callbacks()

    def set_exception(self, exception):
        with self._condition:
            self._check_settable()
            self._exception = exception
            self._finish(True)
        self._invoke_callbacks()


class Executor:
    """What runs calls and gives their futures (ThreadPoolExecutor)."""

    def submit(self, fn, /, *args, **kwargs):
        raise NotImplementedError()

    def map(self, fn, *iterables, timeout=None, chunksize=1):
        """fn over the iterables' items, all submitted now; the results in
        their order, each waited for as the iteration reaches it."""
        deadline = None if timeout is None else time.monotonic() + timeout
        futures = [self.submit(fn, *args) for args in zip(*iterables)]
        return _results(futures, deadline)

    def shutdown(self, wait=True, *, cancel_futures=False):
        pass

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_val, exc_tb):
        self.shutdown(wait=True)
        return False


def _results(futures, deadline):
    """map()'s iterator: the futures it has not reached are cancelled when
    it stops early."""
    futures.reverse()
    try:
        while futures:
            future = futures.pop()
            try:
                if deadline is None:
                    yield future.result()
                else:
                    yield future.result(deadline - time.monotonic())
            finally:
                future.cancel()
    finally:
        for future in futures:
            future.cancel()
