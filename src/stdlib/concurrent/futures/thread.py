"""ThreadPoolExecutor: calls run by a pool of worker threads.

The submitted calls wait in one queue that all the pool's workers take
from. A worker is started for a call only while none is idle and the pool
is below max_workers. A None in the queue tells a worker to stop; it puts
the None back, so one tells them all."""

import os
import queue
import sys
import threading
import traceback

from concurrent.futures import _base

# Set as the program ends (threading runs _stop_all_pools before it joins
# the threads): no more calls are taken, and the workers stop once those
# already queued have run.
_exiting = False
_exiting_lock = threading.Lock()
_live_workers = {}   # each worker thread: the queue it serves


def _stop_all_pools():
    global _exiting
    with _exiting_lock:
        _exiting = True
    workers = list(_live_workers.items())
    for _, jobs in workers:
        jobs.put(None)
    for worker, _ in workers:
        worker.join()


threading._register_atexit(_stop_all_pools)


class _Job:
    """A submitted call and the future its outcome goes to."""

    def __init__(self, fn, args, kwargs):
        self.future = _base.Future()
        self._fn = fn
        self._args = args
        self._kwargs = kwargs

    def run(self):
        if self.future.set_running_or_notify_cancel():
            try:
                outcome = self._fn(*self._args, **self._kwargs)
            except BaseException as error:
                self.future.set_exception(error)
            else:
                self.future.set_result(outcome)


class BrokenThreadPool(_base.BrokenExecutor):
    """A worker's initializer failed: the pool runs nothing more."""


class ThreadPoolExecutor(_base.Executor):
    """Runs each submitted call on one of at most max_workers threads."""

    _unnamed_pools = 0   # numbers the pools given no thread_name_prefix

    def __init__(self, max_workers=None, thread_name_prefix='', initializer=None, initargs=()):
        if max_workers is None:
            # CPython's default: the calls are expected to wait on I/O.
            max_workers = min(32, (os.cpu_count() or 1) + 4)
        if max_workers <= 0:
            raise ValueError("max_workers must be greater than 0")
        if initializer is not None and not callable(initializer):
            raise TypeError("initializer must be a callable")
        if not thread_name_prefix:
            thread_name_prefix = 'ThreadPoolExecutor-%d' % ThreadPoolExecutor._unnamed_pools
            ThreadPoolExecutor._unnamed_pools += 1
        self._max_workers = max_workers
        self._prefix = thread_name_prefix
        self._initializer = initializer
        self._initargs = initargs
        self._jobs = queue.SimpleQueue()
        self._idle = threading.Semaphore(0)   # one permit for each worker waiting for a call
        self._workers = []
        self._lock = threading.Lock()
        self._closed = False
        self._broken = ''   # why the pool is broken, once it is

    def submit(self, fn, /, *args, **kwargs):
        with self._lock, _exiting_lock:
            if self._broken:
                raise BrokenThreadPool(self._broken)
            if self._closed:
                raise RuntimeError('cannot schedule new futures after shutdown')
            if _exiting:
                raise RuntimeError('cannot schedule new futures after interpreter shutdown')
            job = _Job(fn, args, kwargs)
            self._jobs.put(job)
            self._add_worker_unless_idle()
            return job.future

    def _add_worker_unless_idle(self):
        if self._idle.acquire(timeout=0) or len(self._workers) >= self._max_workers:
            return
        worker = threading.Thread(name='%s_%d' % (self._prefix, len(self._workers)), target=self._serve)
        self._workers.append(worker)
        _live_workers[worker] = self._jobs
        worker.start()

    def _serve(self):
        """A worker's life: the initializer, then calls until it is told
        to stop."""
        if self._initializer is not None:
            try:
                self._initializer(*self._initargs)
            except BaseException as error:
                # What CPython's logger prints with no handler configured.
                print('Exception in initializer:', file=sys.stderr)
                traceback.print_exception(error, file=sys.stderr)
                self._break()
                return
        job = self._jobs.get()
        while job is not None:
            job.run()
            self._idle.release()
            job = self._jobs.get()
        self._closed = True
        self._jobs.put(None)

    def _unqueue(self):
        """The calls still waiting, taken out of the queue."""
        waiting = []
        while not self._jobs.empty():
            job = self._jobs.get_nowait()
            if job is not None:
                waiting.append(job)
        return waiting

    def _break(self):
        with self._lock:
            self._broken = 'A thread initializer failed, the thread pool is not usable anymore'
            for job in self._unqueue():
                job.future.set_exception(BrokenThreadPool(self._broken))

    def shutdown(self, wait=True, *, cancel_futures=False):
        with self._lock:
            self._closed = True
            if cancel_futures:
                for job in self._unqueue():
                    job.future.cancel()
            self._jobs.put(None)
        if wait:
            for worker in self._workers:
                worker.join()
