"""TaskGroup: `async with` that waits for the tasks made in it. The first
task to fail cancels the others and the body; their errors leave as one
ExceptionGroup."""

from . import events, tasks
from .exceptions import CancelledError


class TaskGroup:
    def __init__(self):
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._loop = None
        self._parent = None
        self._parent_cancel_requested = False
        self._tasks = []
        self._errors = []
        self._base_error = None
        self._all_done = None

    async def __aenter__(self):
        if self._entered:
            raise RuntimeError('TaskGroup has already been entered')
        self._entered = True
        self._loop = events.get_running_loop()
        self._parent = tasks.current_task()
        if self._parent is None:
            raise RuntimeError('TaskGroup cannot determine the parent task')
        return self

    async def __aexit__(self, exc_type, exc, tb):
        self._exiting = True
        cancellation = None
        if exc is not None and _is_base_error(exc) and self._base_error is None:
            self._base_error = exc
        if isinstance(exc, CancelledError):
            if not (self._parent_cancel_requested and not self._parent.uncancel()):
                cancellation = exc
        if exc is not None and not self._aborting:
            self._abort()
        while self._tasks:
            if self._all_done is None:
                self._all_done = self._loop.create_future()
            try:
                await self._all_done
            except CancelledError as error:
                if not self._aborting:
                    cancellation = error
                    self._abort()
            self._all_done = None
        if self._base_error is not None:
            raise self._base_error
        if cancellation is not None and not self._errors:
            raise cancellation
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)
        if self._errors:
            errors = self._errors
            self._errors = []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', errors) from None

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            raise RuntimeError('TaskGroup has not been entered')
        if self._exiting and not self._tasks:
            raise RuntimeError('TaskGroup is finished')
        if self._aborting:
            raise RuntimeError('TaskGroup is shutting down')
        task = self._loop.create_task(coro, name=name)
        task.add_done_callback(self._task_done)
        self._tasks.append(task)
        return task

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _task_done(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if self._all_done is not None and not self._tasks and not self._all_done.done():
            self._all_done.set_result(True)
        if task.cancelled():
            return
        error = task.exception()
        if error is None:
            return
        self._errors.append(error)
        if _is_base_error(error) and self._base_error is None:
            self._base_error = error
        if not self._aborting and not self._parent_cancel_requested:
            # The body may be waiting on something else: cancelling the
            # parent task wakes it, and __aexit__ then collects the errors.
            self._abort()
            self._parent_cancel_requested = True
            self._parent.cancel()


def _is_base_error(error):
    return isinstance(error, (SystemExit, KeyboardInterrupt))
