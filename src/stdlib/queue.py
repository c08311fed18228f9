"""queue: FIFO, LIFO and priority queues that threads share.

A blocking get() on an empty queue (put() on a full one) waits for another
thread to put (get) an item, through threading's conditions; with a
timeout it raises Empty (Full) once that has passed. join() waits until
every item put has had its task_done().
"""
import heapq as _heapq
import threading as _threading
import time as _time

__all__ = ["Empty", "Full", "Queue", "PriorityQueue", "LifoQueue", "SimpleQueue"]


class Empty(Exception):
    """Exception raised by Queue.get(block=0)/get_nowait()."""


class Full(Exception):
    """Exception raised by Queue.put(block=0)/put_nowait()."""


class Queue:
    """A FIFO queue; maxsize <= 0 means no limit."""

    def __init__(self, maxsize=0):
        self.maxsize = maxsize
        self.unfinished_tasks = 0
        self._init(maxsize)
        self.mutex = _threading.Lock()
        self.not_empty = _threading.Condition(self.mutex)
        self.not_full = _threading.Condition(self.mutex)
        self.all_tasks_done = _threading.Condition(self.mutex)

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
        with self.all_tasks_done:
            if self.unfinished_tasks <= 0:
                raise ValueError("task_done() called too many times")
            self.unfinished_tasks -= 1
            if not self.unfinished_tasks:
                self.all_tasks_done.notify_all()

    def join(self):
        with self.all_tasks_done:
            while self.unfinished_tasks:
                self.all_tasks_done.wait()

    def qsize(self):
        with self.mutex:
            return self._qsize()

    def empty(self):
        with self.mutex:
            return not self._qsize()

    def full(self):
        with self.mutex:
            return 0 < self.maxsize <= self._qsize()

    def _full(self):
        return 0 < self.maxsize <= self._qsize()

    def _await(self, condition, blocked, block, timeout, error):
        """Waits on `condition` while blocked() holds, as put() and get()
        do: at most `timeout` seconds, not at all without `block`."""
        if not block:
            if blocked():
                raise error()
        elif timeout is None:
            while blocked():
                condition.wait()
        elif timeout < 0:
            raise ValueError("'timeout' must be a non-negative number")
        else:
            deadline = _time.monotonic() + timeout
            while blocked():
                left = deadline - _time.monotonic()
                if left <= 0.0:
                    raise error()
                condition.wait(left)

    def put(self, item, block=True, timeout=None):
        with self.not_full:
            self._await(self.not_full, self._full, block, timeout, Full)
            self._put(item)
            self.unfinished_tasks += 1
            self.not_empty.notify()

    def get(self, block=True, timeout=None):
        with self.not_empty:
            self._await(self.not_empty, self._empty, block, timeout, Empty)
            item = self._get()
            self.not_full.notify()
            return item

    def _empty(self):
        return not self._qsize()

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
