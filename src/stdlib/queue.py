"""queue: FIFO, LIFO and priority queues.

A program here has one thread, so nothing else can put or get while a call
waits: a blocking get() on an empty queue (or put() on a full one) waits
out its timeout and raises Empty (Full), and without a timeout waits
forever, as CPython's would with no other thread. join() likewise returns
at once when every task is done and otherwise never.
"""
import heapq as _heapq
import time as _time

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""


class Full(Exception):
    """Exception raised by Queue.put(block=0)/put_nowait()."""


def _wait(block, timeout, error):
    """What a call that cannot go on does: no other thread can make room."""
    if not block:
        raise error()
    if timeout is None:
        while True:
            _time.sleep(3600)
    if timeout < 0:
        raise ValueError("'timeout' must be a non-negative number")
    _time.sleep(timeout)
    raise error()


class Queue:
    """A FIFO queue; maxsize <= 0 means no limit."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.unfinished_tasks = 0
        self._init(maxsize)

    # Two stacks: items go onto _back, come off _front (reversed when it
    # runs out), so both ends are amortised O(1).
    def _init(self, maxsize):
        self._front = []
        self._back = []

    def _qsize(self):
        return len(self._front) + len(self._back)

    def _put(self, item):
        self._back.append(item)

    def _get(self):
        if not self._front:
            self._back.reverse()
            self._front, self._back = self._back, self._front
        return self._front.pop()

    def task_done(self):
        if self.unfinished_tasks <= 0:
            raise ValueError("task_done() called too many times")
        self.unfinished_tasks -= 1

    def join(self):
        if self.unfinished_tasks:
            _wait(True, None, Full)

    def qsize(self):
        return self._qsize()

    def empty(self):
        return not self._qsize()

    def full(self):
        return 0 < self.maxsize <= self._qsize()

    def put(self, item, block=True, timeout=None):
        if self.maxsize > 0 and self._qsize() >= self.maxsize:
            _wait(block, timeout, Full)
        self._put(item)
        self.unfinished_tasks += 1

    def get(self, block=True, timeout=None):
        if not self._qsize():
            _wait(block, timeout, Empty)
        return self._get()

    def put_nowait(self, item):
        return self.put(item, block=False)

    def get_nowait(self):
        return self.get(block=False)


class PriorityQueue(Queue):
    """Retrieves the lowest entry first (heapq's order)."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        _heapq.heappush(self.queue, item)

    def _get(self):
        return _heapq.heappop(self.queue)


class LifoQueue(Queue):
    """Retrieves the most recently added entry first."""

    def _init(self, maxsize):
        self.queue = []

    def _qsize(self):
        return len(self.queue)

    def _put(self, item):
        self.queue.append(item)

    def _get(self):
        return self.queue.pop()


class SimpleQueue:
    """An unbounded FIFO queue without task tracking."""

    def __init__(self):
        self._queue = Queue()

    def put(self, item, block=True, timeout=None):
        self._queue.put(item)

    def put_nowait(self, item):
        self._queue.put(item)

    def get(self, block=True, timeout=None):
        return self._queue.get(block, timeout)

    def get_nowait(self):
        return self._queue.get(False)

    def empty(self):
        return self._queue.empty()

    def qsize(self):
        return self._queue.qsize()
