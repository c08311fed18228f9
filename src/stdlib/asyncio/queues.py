"""Queues for coroutines. A coroutine that must wait (get() on an empty
queue, put() on a full one) lines up behind the others of its side; each
change lets the first one of the other side go on."""

import heapq
from collections import deque

from . import events, locks


class QueueEmpty(Exception):
    """get_nowait() on an empty queue."""


class QueueFull(Exception):
    """put_nowait() on a full queue."""


def _let_one_go(line):
    """Completes the future of the first coroutine in `line` still waiting,
    dropping it and those before it from the line."""
    while line:
        turn = line.popleft()
        if not turn.done():
            turn.set_result(None)
            break


async def _wait_in(line, blocked):
    """Waits in `line` until blocked() no longer holds. A coroutine let go
    but stopped before it could act hands its turn to the next one."""
    while blocked():
        turn = events.get_running_loop().create_future()
        line.append(turn)
        try:
            await turn
        except BaseException:
            was_let_go = turn.done() and not turn.cancelled()
            turn.cancel()
            if turn in line:
                line.remove(turn)
            if was_let_go and not blocked():
                _let_one_go(line)
            raise


class Queue:
    """First in, first out; subclasses keep their items otherwise through
    _init(), _put() and _get()."""

    def __init__(self, maxsize=0):
        self._maxsize = maxsize
        self._getters = deque()
        self._putters = deque()
        self._unfinished = 0
        self._all_done = locks.Event()
        self._all_done.set()
        self._init(maxsize)

    def _init(self, maxsize):
        self._queue = deque()

    def _put(self, item):
        self._queue.append(item)

    def _get(self):
        return self._queue.popleft()

    @property
    def maxsize(self):
        return self._maxsize

    def qsize(self):
        return len(self._queue)

    def empty(self):
        return self.qsize() == 0

    def full(self):
        return 0 < self._maxsize <= self.qsize()

    async def put(self, item):
        await _wait_in(self._putters, self.full)
        self.put_nowait(item)

    async def get(self):
        await _wait_in(self._getters, self.empty)
        return self.get_nowait()

    def put_nowait(self, item):
        if self.full():
            raise QueueFull
        self._put(item)
        self._unfinished += 1
        self._all_done.clear()
        _let_one_go(self._getters)

    def get_nowait(self):
        if self.empty():
            raise QueueEmpty
        item = self._get()
        _let_one_go(self._putters)
        return item

    def task_done(self):
        if not self._unfinished:
            raise ValueError('task_done() called too many times')
        self._unfinished -= 1
        if not self._unfinished:
            self._all_done.set()

    async def join(self):
        await self._all_done.wait()


class LifoQueue(Queue):
    """The item put last comes first."""

    def _init(self, maxsize):
        self._queue = []

    def _get(self):
        return self._queue.pop()


class PriorityQueue(Queue):
    """The smallest item comes first (a heap)."""

    def _init(self, maxsize):
        self._queue = []

    def _put(self, item):
        heapq.heappush(self._queue, item)

    def _get(self):
        return heapq.heappop(self._queue)
