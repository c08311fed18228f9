"""The event loop: callbacks ready to run, in the order they were
scheduled, and timers kept in a heap by their due time. One pass runs the
callbacks that were ready when it began, then the timers that have come
due join them; with nothing ready, the loop sleeps until the next timer."""

import heapq
import time
from collections import deque


class Handle:
    """A callback with its arguments, scheduled to run once."""

    def __init__(self, callback, args, loop):
        self._callback = callback
        self._args = args
        self._loop = loop
        self._cancelled = False

    def cancel(self):
        self._cancelled = True

    def cancelled(self):
        return self._cancelled

    def _run(self):
        try:
            self._callback(*self._args)
        except (SystemExit, KeyboardInterrupt):
            raise
        except BaseException as exc:
            self._loop.call_exception_handler({'message': 'Exception in callback', 'exception': exc})


class TimerHandle(Handle):
    """A Handle due at a time of the loop's clock."""

    def __init__(self, when, callback, args, loop):
        super().__init__(callback, args, loop)
        self._when = when

    def when(self):
        return self._when

    def __lt__(self, other):
        return self._when < other._when

    def cancel(self):
        if not self._cancelled:
            self._loop._timer_cancelled()
        self._cancelled = True


class EventLoop:
    def __init__(self):
        self._ready = deque()
        self._timers = []
        self._cancelled_timers = 0
        self._stopping = False
        self._running = False
        self._closed = False
        self._current_task = None  # the task whose step runs now (tasks.current_task)

    # The clock and scheduling.

    def time(self):
        return time.monotonic()

    def call_soon(self, callback, *args, context=None):
        self._check_closed()
        handle = Handle(callback, args, self)
        self._ready.append(handle)
        return handle

    def call_later(self, delay, callback, *args, context=None):
        return self.call_at(self.time() + delay, callback, *args)

    def call_at(self, when, callback, *args, context=None):
        self._check_closed()
        timer = TimerHandle(when, callback, args, self)
        heapq.heappush(self._timers, timer)
        return timer

    def _timer_cancelled(self):
        self._cancelled_timers += 1

    # Futures and tasks.

    def create_future(self):
        from .futures import Future
        return Future(loop=self)

    def create_task(self, coro, *, name=None, context=None):
        from .tasks import Task
        return Task(coro, loop=self, name=name)

    # Running.

    def is_running(self):
        return self._running

    def is_closed(self):
        return self._closed

    def stop(self):
        self._stopping = True

    def close(self):
        if self._running:
            raise RuntimeError('Cannot close a running event loop')
        self._closed = True
        self._ready.clear()
        self._timers.clear()

    def _check_closed(self):
        if self._closed:
            raise RuntimeError('Event loop is closed')

    def run_forever(self):
        self._check_closed()
        if self._running:
            raise RuntimeError('This event loop is already running')
        if _running_loop is not None:
            raise RuntimeError('Cannot run the event loop while another loop is running')
        self._running = True
        _set_running_loop(self)
        try:
            while True:
                self._run_once()
                if self._stopping:
                    break
        finally:
            self._stopping = False
            self._running = False
            _set_running_loop(None)

    def run_until_complete(self, future):
        from .tasks import ensure_future
        self._check_closed()
        future = ensure_future(future, loop=self)
        future.add_done_callback(_stop_loop_of)
        try:
            self.run_forever()
        finally:
            future.remove_done_callback(_stop_loop_of)
        if not future.done():
            raise RuntimeError('Event loop stopped before Future completed.')
        return future.result()

    def _run_once(self):
        # Cancelled timers at the head of the heap are dropped; the rest wait.
        while self._timers and self._timers[0]._cancelled:
            heapq.heappop(self._timers)
            self._cancelled_timers -= 1
        if not self._ready and not self._stopping and self._timers:
            wait = self._timers[0]._when - self.time()
            if wait > 0:
                time.sleep(wait)
        now = self.time()
        while self._timers and self._timers[0]._when <= now:
            timer = heapq.heappop(self._timers)
            if timer._cancelled:
                self._cancelled_timers -= 1
            else:
                self._ready.append(timer)
        # Only what is ready now: callbacks these schedule wait for the next pass.
        for _ in range(len(self._ready)):
            handle = self._ready.popleft()
            if not handle._cancelled:
                handle._run()

    # Errors nobody waits for.

    def call_exception_handler(self, context):
        import sys
        exc = context.get('exception')
        message = context.get('message')
        print(message, file=sys.stderr)
        if exc is not None:
            print(type(exc).__name__ + ': ' + str(exc), file=sys.stderr)

    def shutdown_asyncgens(self):
        return _nothing()

    def get_debug(self):
        return False


async def _nothing():
    pass


def _stop_loop_of(future):
    future.get_loop().stop()


_running_loop = None
_current_loop = None


def _set_running_loop(loop):
    global _running_loop
    _running_loop = loop


def _get_running_loop():
    return _running_loop


def get_running_loop():
    if _running_loop is None:
        raise RuntimeError('no running event loop')
    return _running_loop


def new_event_loop():
    return EventLoop()


def set_event_loop(loop):
    global _current_loop
    _current_loop = loop


def get_event_loop():
    global _current_loop
    if _running_loop is not None:
        return _running_loop
    if _current_loop is None:
        _current_loop = EventLoop()
    return _current_loop

AbstractEventLoop = EventLoop
