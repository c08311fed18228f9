"""asyncio.timeout(): `async with` around code that is cancelled when the
time runs out, the cancellation then turned into TimeoutError."""

from . import events, tasks
from .exceptions import CancelledError


class Timeout:
    def __init__(self, when):
        self._when = when
        self._state = 'created'
        self._timer = None
        self._task = None

    def when(self):
        return self._when

    def expired(self):
        return self._state in ('expiring', 'expired')

    def reschedule(self, when):
        if self._state != 'entered':
            raise RuntimeError('Timeout has not been entered')
        self._when = when
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if when is not None:
            loop = events.get_running_loop()
            if when <= loop.time():
                self._timer = loop.call_soon(self._expire)
            else:
                self._timer = loop.call_at(when, self._expire)

    def _expire(self):
        self._task.cancel()
        self._state = 'expiring'
        self._timer = None

    async def __aenter__(self):
        self._state = 'entered'
        self._task = tasks.current_task()
        if self._task is None:
            raise RuntimeError('Timeout should be used inside a task')
        self.reschedule(self._when)
        return self

    async def __aexit__(self, exc_type, exc, tb):
        if self._timer is not None:
            self._timer.cancel()
            self._timer = None
        if self._state == 'expiring':
            self._state = 'expired'
            if self._task.uncancel() == 0 and isinstance(exc, CancelledError):
                raise TimeoutError from exc
        elif self._state == 'entered':
            self._state = 'exited'
        return None


def timeout(delay):
    loop = events.get_running_loop()
    return Timeout(loop.time() + delay if delay is not None else None)


def timeout_at(when):
    return Timeout(when)
