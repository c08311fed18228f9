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


class Error(Exception):
    """What the futures' own errors derive from."""


class CancelledError(Error):
    """The future's call was cancelled before it ran."""


class InvalidStateError(Error):
    """The future's state does not allow the operation."""


class BrokenExecutor(RuntimeError):
    """The executor can no longer run its calls."""


# concurrent.futures.TimeoutError is the builtin one since 3.11 (exported
# under that name by the package: as in asyncio, a module of ingot's cannot
# yet rebind a builtin's name to the builtin).
BuiltinTimeoutError = TimeoutError


DoneAndNotDoneFutures = collections.namedtuple('DoneAndNotDoneFutures', 'done not_done')


def _log_exception(message, error):
    """What CPython's 'concurrent.futures' logger prints, with no handler
    configured, for an exception it logs."""
    print(message, file=sys.stderr)
    traceback.print_exception(error, file=sys.stderr)


def _is_over(future):
    """Whether a future has ended as wait() counts it: finished, or
    cancelled and its executor has seen so."""
    return future._state == CANCELLED_AND_NOTIFIED or future._state == FINISHED


class _Watch:
    """What wait() and as_completed() leave on the futures they wait for:
    it collects those that end, and sets its event once `needed` of them
    have, or at the first exception with stop_on_exception."""

    def __init__(self, futures, needed, stop_on_exception):
        self.event = threading.Event()
        self.ended = []
        self.needed = needed
        self._stop_on_exception = stop_on_exception
        self._futures = futures
        for future in futures:
            future._watches.append(self)

    def note(self, future, raised):
        self.ended.append(future)
        self.needed -= 1
        if self.needed <= 0 or raised and self._stop_on_exception:
            self.event.set()

    def close(self):
        for future in self._futures:
            future._watches.remove(self)


def wait(fs, timeout=None, return_when=ALL_COMPLETED):
    """Waits until the futures `fs` have ended as `return_when` says, or
    `timeout` seconds have passed: the (done, not_done) sets."""
    fs = set(fs)
    done = set(f for f in fs if _is_over(f))
    if (len(done) == len(fs) or return_when == FIRST_COMPLETED and done
            or return_when == FIRST_EXCEPTION and any(not f.cancelled() and f.exception() is not None for f in done)):
        return DoneAndNotDoneFutures(done, fs - done)
    if return_when == FIRST_COMPLETED:
        watch = _Watch(fs, 1, False)
    elif return_when == FIRST_EXCEPTION or return_when == ALL_COMPLETED:
        watch = _Watch(fs, len(fs) - len(done), return_when == FIRST_EXCEPTION)
    else:
        raise ValueError("Invalid return condition: %r" % return_when)
    watch.event.wait(timeout)
    watch.close()
    done.update(watch.ended)
    return DoneAndNotDoneFutures(done, fs - done)


def as_completed(fs, timeout=None):
    """The futures `fs` as they end (those already ended first); raises
    TimeoutError when `timeout` seconds pass with some still running."""
    deadline = None if timeout is None else time.monotonic() + timeout
    fs = set(fs)
    total = len(fs)
    ended = [f for f in fs if _is_over(f)]
    pending = fs - set(ended)
    watch = _Watch(fs, 1, False)
    try:
        while ended:
            yield ended.pop()
        while pending:
            left = None
            if deadline is not None:
                left = deadline - time.monotonic()
                if left < 0:
                    raise TimeoutError('%d (of %d) futures unfinished' % (len(pending), total))
            watch.event.wait(left)
            batch = watch.ended
            watch.ended = []
            watch.needed = 1
            watch.event.clear()
            for f in batch:
                pending.discard(f)
                yield f
    finally:
        watch.close()


class _Callback:
    """A done-callback: kept in an instance, as a list of the program's
    function values read back through a loop does not compile yet."""

    def __init__(self, fn):
        self.fn = fn

    def run(self, future):
        try:
            self.fn(future)
        except Exception as error:
            _log_exception('exception calling callback for %r' % future, error)


class Future:
    """The outcome, to come, of a call an executor runs."""

    def __init__(self):
        self._cond = threading.Condition()
        self._state = PENDING
        self._result = None
        self._exception = None
        self._watches = []
        self._callbacks = []

    def __repr__(self):
        with self._cond:
            shown = '<%s at %#x state=%s' % (type(self).__name__, id(self), _description(self._state))
            if self._state == FINISHED and self._exception is None:
                shown += ' returned ' + type(self._result).__name__
            elif self._state == FINISHED:
                shown += ' raised ' + type(self._exception).__name__
            return shown + '>'

    def cancelled(self):
        return self._state == CANCELLED or self._state == CANCELLED_AND_NOTIFIED

    def running(self):
        return self._state == RUNNING

    def done(self):
        return self._state != PENDING and self._state != RUNNING

    def cancel(self):
        """Cancels the call unless it runs or has run: whether it is cancelled."""
        with self._cond:
            if self._state != PENDING:
                return self.cancelled()
            self._state = CANCELLED
            self._cond.notify_all()
        self._run_callbacks()
        return True

    def add_done_callback(self, fn):
        """Has fn(future) called once the future is done (now, if it is)."""
        callback = _Callback(fn)
        with self._cond:
            if not self.done():
                self._callbacks.append(callback)
                return
        callback.run(self)

    def _run_callbacks(self):
        for callback in self._callbacks:
            callback.run(self)

    def _await_end(self, timeout):
        """Waits, holding the condition, for the future to be done; raises
        CancelledError or TimeoutError unless it finished."""
        if not self.done():
            self._cond.wait(timeout)
        if self.cancelled():
            raise CancelledError()
        if self._state != FINISHED:
            raise TimeoutError()

    def result(self, timeout=None):
        with self._cond:
            self._await_end(timeout)
            if self._exception is None:
                return self._result
            raise self._exception

    def exception(self, timeout=None):
        with self._cond:
            self._await_end(timeout)
            return self._exception

    def set_running_or_notify_cancel(self):
        """For executors, before running the call: False if it was
        cancelled (its waiters are told), True if it may run."""
        with self._cond:
            if self._state == PENDING:
                self._state = RUNNING
                return True
            if self._state != CANCELLED:
                raise RuntimeError('Future in unexpected state')
            self._state = CANCELLED_AND_NOTIFIED
            for watch in self._watches:
                watch.note(self, False)
            return False

    def _end(self, result, exception):
        with self._cond:
            if self.done():
                raise InvalidStateError('%s: %r' % (self._state, self))
            self._result = result
            self._exception = exception
            self._state = FINISHED
            for watch in self._watches:
                watch.note(self, exception is not None)
            self._cond.notify_all()
        self._run_callbacks()

    def set_result(self, result):
        self._end(result, None)

    def set_exception(self, exception):
        self._end(None, exception)


def _description(state):
    # As a future's repr shows its state.
    return 'cancelled' if state == CANCELLED_AND_NOTIFIED else state.lower()


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
