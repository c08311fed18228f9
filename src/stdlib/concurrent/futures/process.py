"""ProcessPoolExecutor, in this process: ingot has no worker processes, so
the calls run on green threads as ThreadPoolExecutor's do. What differs
from CPython's: the calls share the program's memory (a change they make
to a global is seen by the caller), their thread is not named MainThread,
and what they are given is not pickled."""

import os

from concurrent.futures import _base
from concurrent.futures.thread import ThreadPoolExecutor


class BrokenProcessPool(_base.BrokenExecutor):
    """A worker ended abruptly: the pool runs nothing more."""


class ProcessPoolExecutor(ThreadPoolExecutor):
    """Runs each submitted call on one of at most max_workers workers."""

    def __init__(self, max_workers=None, mp_context=None, initializer=None, initargs=(), *, max_tasks_per_child=None):
        if max_workers is None:
            max_workers = os.cpu_count() or 1
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if max_tasks_per_child is not None and max_tasks_per_child <= 0:
            raise ValueError("max_tasks_per_child must be >= 1")
        ThreadPoolExecutor.__init__(self, max_workers, 'ProcessPoolExecutor', initializer, initargs)
