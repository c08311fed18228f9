"""concurrent.futures: running calls in a pool of workers, their results
as futures.

ThreadPoolExecutor runs its calls on threading's green threads; ingot has
no worker processes, so ProcessPoolExecutor runs its calls the same way,
in this process (process.py says what differs).
"""

from concurrent.futures._base import (FIRST_COMPLETED, FIRST_EXCEPTION, ALL_COMPLETED, CancelledError,
                                      InvalidStateError, BrokenExecutor, Future, Executor, wait, as_completed)
from concurrent.futures._base import BuiltinTimeoutError as TimeoutError
from concurrent.futures.thread import ThreadPoolExecutor
from concurrent.futures.process import ProcessPoolExecutor

__all__ = ('FIRST_COMPLETED', 'FIRST_EXCEPTION', 'ALL_COMPLETED', 'CancelledError', 'TimeoutError', 'BrokenExecutor',
           'Future', 'Executor', 'wait', 'as_completed', 'ProcessPoolExecutor', 'ThreadPoolExecutor')
