"""queue: FIFO, LIFO and priority queues that threads share.

One lock guards a queue; get() waits on the condition `not_empty`, put()
on `not_full` (bounded queues only), join() on `all_tasks_done`, each of
them made on that lock. How the items are kept is up to four methods a
subclass may override: _init(), _qsize(), _put() and _get().
"""
import heapq as _heapq
import threading as _threading
import time as _time
from collections import deque as _deque

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """get() found nothing to take (block=False, or its timeout passed)."""


class Full(Exception):
    """put() found no room (block=False, or its timeout passed)."""


def _wait_while(blocked, condition, block, timeout, error):
    """Waits on `condition` while blocked() holds, as get() and put() do:
    not at all without `block`, at most `timeout` seconds if one is given;
    error() is raised when it still holds then."""
    if not block:
        if blocked():
            raise error()
        return
    if timeout is not None and timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    deadline = None if timeout is None else _time.monotonic() + timeout
    while blocked():
        if deadline is None:
            condition.wait()
            continue
        left = deadline - _time.monotonic()
        if left <= 0.0:
            raise error()
        condition.wait(left)


class Queue:
    """First in, first out; a maxsize <= 0 means no bound."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self._init(maxsize)
        self.mutex = _threading.Lock()
        self.not_empty = _threading.Condition(self.mutex)
        self.not_full = _threading.Condition(self.mutex)
        self.all_tasks_done = _threading.Condition(self.mutex)
        self.unfinished_tasks = 0

    def _init(self, maxsize):
        self.queue = _deque()

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.popleft()

    def _is_empty(self):
        return self._qsize() == 0

    def _is_full(self):
        return 0 < self.maxsize <= self._qsize()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return self._is_empty()

    def full(self):
        with self.mutex:
            return self._is_full()

    def put(self, item, block=True, timeout=None):
        with self.mutex:
            # An unbounded queue takes the item whatever the arguments.
            if self.maxsize > 0:
                _wait_while(self._is_full, self.not_full, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.mutex:
            _wait_while(self._is_empty, self.not_empty, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def put_nowait(self, item):
        return self.put(item, False)

    def get_nowait(self):
        return self.get(False)

    def task_done(self):
        with self.mutex:
            if self.unfinished_tasks <= 0:
                raise ValueError("task_done() called too many times")
            self.unfinished_tasks -= 1
            if self.unfinished_tasks == 0:
                self.all_tasks_done.notify_all()

    def join(self):
        with self.mutex:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()


class LifoQueue(Queue):
    """The entry put last comes out first."""

    def _init(self, maxsize):
        self.queue = []

    def _get(self):
        return self.queue.pop()


class PriorityQueue(Queue):
    """The lowest entry comes out first (heapq's order)."""

    def _init(self, maxsize):
        self.queue = []

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class SimpleQueue:
    """An unbounded FIFO queue without task tracking: put() never waits."""

    def __init__(self):
        self._items = Queue()

    def put(self, item, block=True, timeout=None):
        self._items.put(item)

    def put_nowait(self, item):
        self._items.put(item)

    def get(self, block=True, timeout=None):
        return self._items.get(block, timeout)

    def get_nowait(self):
        return self._items.get(False)

    def empty(self):
        return self._items.empty()

    def qsize(self):
        return self._items.qsize()
