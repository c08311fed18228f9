"""Lock, Event, Condition, Semaphore and BoundedSemaphore for coroutines.

Each primitive keeps a line of futures, one for each coroutine blocked on
it, oldest first. Letting a coroutine go on means completing its future;
the future stays in the line until its task has resumed, so a wake-up
given and not yet taken is still seen. A coroutine cancelled after it was
woken may owe the next one its turn: each primitive's _cancelled() says."""

from collections import deque

from . import events
from .exceptions import CancelledError


class _Waitable:
    def __init__(self):
        self._waiters = deque()

    async def _block(self):
        turn = events.get_running_loop().create_future()
        self._waiters.append(turn)
        try:
            await turn
        except CancelledError:
            self._waiters.remove(turn)
            self._cancelled(turn)
            raise
        self._waiters.remove(turn)

    def _cancelled(self, turn):
        """A waiter was cancelled (`turn` is done and not cancelled if it had
        been woken first); nothing is owed unless a primitive says so."""

    def _wake(self, n):
        """Completes the futures of the n oldest waiters not yet woken: how
        many there were."""
        chosen = [turn for turn in self._waiters if not turn.done()][:max(n, 0)]
        for turn in chosen:
            turn.set_result(True)
        return len(chosen)

    def _contended(self):
        """Whether a coroutine is in line (one cancelled but not yet resumed
        has given up its place)."""
        return any(not turn.cancelled() for turn in self._waiters)


class _Acquirable(_Waitable):
    """`async with` acquires, and releases on the way out."""

    async def __aenter__(self):
        await self.acquire()

    async def __aexit__(self, exc_type, exc, tb):
        self.release()


class Lock(_Acquirable):
    def __init__(self):
        super().__init__()
        self._locked = False

    def locked(self):
        return self._locked

    async def acquire(self):
        if self._locked or self._contended():
            await self._block()
        self._locked = True
        return True

    def release(self):
        if not self._locked:
            raise RuntimeError('Lock is not acquired.')
        self._locked = False
        self._wake_head()

    def _cancelled(self, turn):
        if not self._locked:
            self._wake_head()

    def _wake_head(self):
        # Only the oldest waiter: while it is woken and has not yet run, the
        # lock is promised to it, even if it is then cancelled (it passes the
        # turn on itself).
        if self._waiters and not self._waiters[0].done():
            self._waiters[0].set_result(True)


class Event(_Waitable):
    def __init__(self):
        super().__init__()
        self._flag = False

    def is_set(self):
        return self._flag

    def set(self):
        if not self._flag:
            self._flag = True
            self._wake(len(self._waiters))

    def clear(self):
        self._flag = False

    async def wait(self):
        if not self._flag:
            await self._block()
        return True


class Condition(_Acquirable):
    def __init__(self, lock=None):
        super().__init__()
        self._lock = Lock() if lock is None else lock

    def locked(self):
        return self._lock.locked()

    async def acquire(self):
        return await self._lock.acquire()

    def release(self):
        self._lock.release()

    async def wait(self):
        if not self._lock.locked():
            raise RuntimeError('cannot wait on un-acquired lock')
        self._lock.release()
        try:
            await self._block()
        finally:
            await self._take_back()
        return True

    async def _take_back(self):
        """Reacquires the lock after a wait, however the wait ended; a
        cancellation that comes meanwhile is raised once it is held."""
        interrupted = False
        while True:
            try:
                await self._lock.acquire()
            except CancelledError:
                interrupted = True
            else:
                if interrupted:
                    raise CancelledError
                return

    async def wait_for(self, predicate):
        while True:
            outcome = predicate()
            if outcome:
                return outcome
            await self.wait()

    def notify(self, n=1):
        if not self._lock.locked():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._wake(n)

    def notify_all(self):
        self.notify(len(self._waiters))


class Semaphore(_Acquirable):
    def __init__(self, value=1):
        if value < 0:
            raise ValueError('Semaphore initial value must be >= 0')
        super().__init__()
        self._value = value

    def locked(self):
        return self._value == 0 or self._contended()

    async def acquire(self):
        if self.locked():
            await self._block()
            # The permit was taken for this coroutine when it was woken; one
            # released meanwhile goes on to the next in line.
            if self._value:
                self._hand_on()
        else:
            self._value -= 1
        return True

    def release(self):
        self._check_room()
        self._value += 1
        self._hand_on()

    def _check_room(self):
        """Where one more permit is an error (BoundedSemaphore), raises it."""

    def _hand_on(self):
        self._value -= self._wake(1)

    def _cancelled(self, turn):
        if not turn.cancelled():
            self._value += 1
            self._hand_on()


class BoundedSemaphore(Semaphore):
    def __init__(self, value=1):
        super().__init__(value)
        self._limit = value

    def _check_room(self):
        if self._value >= self._limit:
            raise ValueError('BoundedSemaphore released too many times')
