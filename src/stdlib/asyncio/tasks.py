"""Task: a Future whose result is a coroutine's. The task drives the
coroutine one step per callback of the loop: a step runs it until it awaits
a pending future (the task then waits for that future's done callback) or
a bare yield (the task schedules its next step at once), or finishes."""

from . import coroutines, events, futures
from .exceptions import CancelledError
from .futures import Future

_task_numbers = [0]
_all_tasks = []


class Task(Future):
    def __init__(self, coro, *, loop=None, name=None):
        super().__init__(loop=loop)
        if not coroutines.iscoroutine(coro):
            raise TypeError('a coroutine was expected, got ' + repr(coro))
        if name is None:
            _task_numbers[0] += 1
            name = 'Task-' + str(_task_numbers[0])
        self._name = str(name)
        self._coro = coro
        self._must_cancel = False
        self._waiting_on = None
        self._cancel_requests = 0
        self._loop.call_soon(self._step, None)
        _all_tasks.append(self)

    def get_name(self):
        return self._name

    def set_name(self, value):
        self._name = str(value)

    def get_coro(self):
        return self._coro

    def set_result(self, result):
        raise RuntimeError('Task does not support set_result operation')

    def set_exception(self, exception):
        raise RuntimeError('Task does not support set_exception operation')

    def cancel(self, msg=None):
        if self.done():
            return False
        self._cancel_requests += 1
        # What the task waits for is cancelled first; its CancelledError
        # then reaches the coroutine through the task's next step.
        if self._waiting_on is not None and self._waiting_on.cancel(msg=msg):
            return True
        self._must_cancel = True
        self._cancel_message = msg
        return True

    def cancelling(self):
        return self._cancel_requests

    def uncancel(self):
        if self._cancel_requests > 0:
            self._cancel_requests -= 1
        return self._cancel_requests

    def _step(self, exc=None):
        if self._must_cancel:
            if not isinstance(exc, CancelledError):
                exc = self._cancelled_error()
            self._must_cancel = False
        self._waiting_on = None
        previous = self._loop._current_task
        self._loop._current_task = self
        try:
            if exc is None:
                awaited = self._coro.send(None)
            else:
                awaited = self._coro.throw(exc)
        except StopIteration as stop:
            if self._must_cancel:
                self._must_cancel = False
                Future.cancel(self, msg=self._cancel_message)
            else:
                Future.set_result(self, stop.value)
        except CancelledError as error:
            self._cancel_message = error.args[0] if error.args else None
            Future.cancel(self, msg=self._cancel_message)
        except (KeyboardInterrupt, SystemExit) as error:
            Future.set_exception(self, error)
            raise
        except BaseException as error:
            Future.set_exception(self, error)
        else:
            self._wait_on(awaited)
        finally:
            self._loop._current_task = previous
        if self.done() and self in _all_tasks:
            _all_tasks.remove(self)

    def _wait_on(self, awaited):
        if awaited is None:  # a bare yield (sleep(0)): the next step comes after what is ready now
            self._loop.call_soon(self._step, None)
        elif isinstance(awaited, Future) and awaited._asyncio_future_blocking:
            awaited._asyncio_future_blocking = False
            if awaited is self:
                self._loop.call_soon(self._step, RuntimeError('Task cannot await on itself: ' + repr(self)))
                return
            awaited.add_done_callback(self._wakeup)
            self._waiting_on = awaited
            if self._must_cancel and awaited.cancel(msg=self._cancel_message):
                self._must_cancel = False
        else:
            self._loop.call_soon(self._step, RuntimeError('Task got bad yield: ' + repr(awaited)))

    def _wakeup(self, future):
        try:
            future.result()
        except BaseException as exc:
            self._step(exc)
        else:
            self._step(None)

    def __repr__(self):
        return '<Task ' + self._state.lower() + ' name=' + repr(self._name) + '>'


def create_task(coro, *, name=None, context=None):
    return events.get_running_loop().create_task(coro, name=name)


async def _await_it(awaitable):
    return await awaitable


def ensure_future(obj, *, loop=None):
    if isinstance(obj, Future):
        return obj
    if loop is None:
        loop = events.get_event_loop()
    if coroutines.iscoroutine(obj):
        return loop.create_task(obj)
    if hasattr(obj, '__await__'):
        return loop.create_task(_await_it(obj))
    raise TypeError('An asyncio.Future, a coroutine or an awaitable is required')


def current_task(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return loop._current_task


def all_tasks(loop=None):
    if loop is None:
        loop = events.get_running_loop()
    return {t for t in _all_tasks if t._loop is loop and not t.done()}


class _YieldOnce:
    """Awaited, gives the loop one turn: the task's next step is scheduled
    behind every callback that is ready now."""

    def __await__(self):
        yield


async def sleep(delay, result=None):
    if delay <= 0:
        await _YieldOnce()
        return result
    loop = events.get_running_loop()
    future = loop.create_future()
    timer = loop.call_later(delay, futures._set_result_unless_cancelled, future, result)
    try:
        return await future
    finally:
        timer.cancel()


class _GatheringFuture(Future):
    """gather()'s result; cancelling it cancels the children."""

    def __init__(self, children, loop):
        super().__init__(loop=loop)
        self._children = children
        self._cancel_requested = False

    def cancel(self, msg=None):
        if self.done():
            return False
        cancelled_any = False
        for child in self._children:
            if child.cancel(msg=msg):
                cancelled_any = True
        if cancelled_any:
            self._cancel_requested = True
        return cancelled_any


class _Gathering:
    """Counts the children of a gather() as they finish, and completes the
    outer future: with the first exception (unless return_exceptions), or
    with every result in the order of the arguments."""

    def __init__(self, children, distinct, outer, return_exceptions):
        self.children = children
        self.left = len(distinct)
        self.outer = outer
        self.return_exceptions = return_exceptions

    def child_done(self, child):
        self.left -= 1
        outer = self.outer
        if outer.done():
            return
        if not self.return_exceptions:
            if child.cancelled():
                outer.set_exception(child._cancelled_error())
                return
            if child.exception() is not None:
                outer.set_exception(child.exception())
                return
        if self.left > 0:
            return
        results = []
        for c in self.children:
            if c.cancelled():
                results.append(c._cancelled_error())
            elif c.exception() is not None:
                results.append(c.exception())
            else:
                results.append(c.result())
        if outer._cancel_requested:
            outer.set_exception(child._cancelled_error())
        else:
            outer.set_result(results)


def gather(*aws, return_exceptions=False):
    if not aws:
        outer = events.get_event_loop().create_future()
        outer.set_result([])
        return outer
    loop = None
    children = []
    distinct = []
    awaited = []
    for aw in aws:
        found = None
        for i in range(len(awaited)):
            if awaited[i] is aw:
                found = distinct[i]
        if found is None:
            found = ensure_future(aw, loop=loop)
            if loop is None:
                loop = found.get_loop()
            awaited.append(aw)
            distinct.append(found)
        children.append(found)
    outer = _GatheringFuture(children, loop)
    gathering = _Gathering(children, distinct, outer, return_exceptions)
    for child in distinct:
        child.add_done_callback(gathering.child_done)
    return outer


def _release(waiter, *unused):
    if not waiter.done():
        waiter.set_result(None)


class _Releaser:
    """A done callback that releases a waiter; one object, so that it can
    be removed again."""

    def __init__(self, waiter):
        self.waiter = waiter

    def __call__(self, future):
        _release(self.waiter)


async def _cancel_and_wait(future):
    waiter = future.get_loop().create_future()
    releaser = _Releaser(waiter)
    future.add_done_callback(releaser)
    try:
        future.cancel()
        await waiter
    finally:
        future.remove_done_callback(releaser)


def _result_or_timeout(future):
    try:
        return future.result()
    except CancelledError as exc:
        raise TimeoutError() from exc


async def wait_for(aw, timeout):
    loop = events.get_running_loop()
    if timeout is None:
        return await aw
    future = ensure_future(aw, loop=loop)
    if timeout <= 0:
        if future.done():
            return future.result()
        await _cancel_and_wait(future)
        return _result_or_timeout(future)
    waiter = loop.create_future()
    timer = loop.call_later(timeout, _release, waiter)
    releaser = _Releaser(waiter)
    future.add_done_callback(releaser)
    try:
        try:
            await waiter
        except CancelledError:
            if future.done():
                return future.result()
            future.remove_done_callback(releaser)
            await _cancel_and_wait(future)
            raise
        if future.done():
            return future.result()
        future.remove_done_callback(releaser)
        await _cancel_and_wait(future)
        return _result_or_timeout(future)
    finally:
        timer.cancel()


FIRST_COMPLETED = 'FIRST_COMPLETED'
FIRST_EXCEPTION = 'FIRST_EXCEPTION'
ALL_COMPLETED = 'ALL_COMPLETED'


class _Waiting:
    """wait()'s done callback: releases the waiter when return_when says."""

    def __init__(self, count, waiter, return_when):
        self.left = count
        self.waiter = waiter
        self.return_when = return_when
        self.timer = None

    def __call__(self, future):
        self.left -= 1
        failed = not future.cancelled() and future.exception() is not None
        if self.left <= 0 or self.return_when == FIRST_COMPLETED or (self.return_when == FIRST_EXCEPTION and failed):
            if self.timer is not None:
                self.timer.cancel()
            _release(self.waiter)


async def wait(fs, *, timeout=None, return_when=ALL_COMPLETED):
    if not fs:
        raise ValueError('Set of Tasks/Futures is empty.')
    if return_when not in (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED):
        raise ValueError('Invalid return_when value: ' + str(return_when))
    loop = events.get_running_loop()
    futures_ = {ensure_future(f, loop=loop) for f in fs}
    waiting = _Waiting(len(futures_), loop.create_future(), return_when)
    if timeout is not None:
        waiting.timer = loop.call_later(timeout, _release, waiting.waiter)
    for f in futures_:
        f.add_done_callback(waiting)
    try:
        await waiting.waiter
    finally:
        if waiting.timer is not None:
            waiting.timer.cancel()
        for f in futures_:
            f.remove_done_callback(waiting)
    done = {f for f in futures_ if f.done()}
    pending = {f for f in futures_ if not f.done()}
    return done, pending


class _Completions:
    """as_completed()'s state: the futures still running and a queue of
    those that finished (None once the timeout passed)."""

    def __init__(self, todo):
        from .queues import Queue
        self.todo = todo
        self.finished = Queue()
        self.timer = None
        self.callback = self.on_completion  # one object, to be removed again

    def on_completion(self, future):
        if future not in self.todo:
            return
        self.todo.remove(future)
        self.finished.put_nowait(future)
        if not self.todo and self.timer is not None:
            self.timer.cancel()

    def on_timeout(self):
        for f in self.todo:
            f.remove_done_callback(self.callback)
            self.finished.put_nowait(None)
        self.todo.clear()

    async def next_result(self):
        future = await self.finished.get()
        if future is None:
            raise TimeoutError
        return future.result()


def as_completed(fs, *, timeout=None):
    loop = events.get_event_loop()
    todo = []
    for f in fs:
        future = ensure_future(f, loop=loop)
        if future not in todo:
            todo.append(future)
    completions = _Completions(todo)
    for f in todo:
        f.add_done_callback(completions.callback)
    if todo and timeout is not None:
        completions.timer = loop.call_later(timeout, completions.on_timeout)
    return [completions.next_result() for _ in range(len(todo))]


class _Shield:
    """shield()'s callbacks: the outer future follows the inner one, and
    cancelling the outer leaves the inner running."""

    def __init__(self, inner, outer):
        self.inner = inner
        self.outer = outer
        self.callback = self.inner_done  # one object, to be removed again

    def inner_done(self, inner):
        if self.outer.cancelled():
            return
        if inner.cancelled():
            self.outer.cancel()
        elif inner.exception() is not None:
            self.outer.set_exception(inner.exception())
        else:
            self.outer.set_result(inner.result())

    def outer_done(self, outer):
        if not self.inner.done():
            self.inner.remove_done_callback(self.callback)


def shield(aw):
    inner = ensure_future(aw)
    if inner.done():
        return inner
    outer = inner.get_loop().create_future()
    shielding = _Shield(inner, outer)
    inner.add_done_callback(shielding.callback)
    outer.add_done_callback(shielding.outer_done)
    return outer
