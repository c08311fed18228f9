"""TaskGroup: `async with` that waits for the tasks made in it. The first
task to fail cancels the others and the body; their errors leave as one
ExceptionGroup."""

from . import events, tasks
from .exceptions import CancelledError


def _is_fatal(error):
    # What a task group re-raises as it is rather than grouping it.
    return isinstance(error, (SystemExit, KeyboardInterrupt))


class TaskGroup:
    def __init__(self):
        self._loop = None
        self._host = None   # the task running the `async with` body
        self._entered = False
        self._exiting = False
        self._aborting = False
        self._host_cancelled = False   # by the group, which must uncancel it
        self._tasks = []
        self._errors = []
        self._fatal = None
        self._drained = None   # what __aexit__ waits on while tasks run

    def __repr__(self):
        shown = '<TaskGroup'
        if self._tasks:
            shown += ' tasks=%d' % len(self._tasks)
        if self._errors:
            shown += ' errors=%d' % len(self._errors)
        if self._aborting:
            shown += ' cancelling'
        elif self._entered:
            shown += ' entered'
        return shown + '>'

    def _refuse(self, why):
        raise RuntimeError('TaskGroup %r %s' % (self, why))

    async def __aenter__(self):
        if self._entered:
            self._refuse('has already been entered')
        self._loop = events.get_running_loop()
        self._host = tasks.current_task()
        if self._host is None:
            self._refuse('cannot determine the parent task')
        self._entered = True
        return self

    def create_task(self, coro, *, name=None, context=None):
        if not self._entered:
            self._refuse('has not been entered')
        if self._exiting and not self._tasks:
            self._refuse('is finished')
        if self._aborting:
            self._refuse('is shutting down')
        task = self._loop.create_task(coro, name=name)
        task.add_done_callback(self._on_task_done)
        self._tasks.append(task)
        return task

    async def __aexit__(self, exc_type, exc, tb):
        self._exiting = True
        if exc is not None and _is_fatal(exc) and self._fatal is None:
            self._fatal = exc
        # The body's own cancellation goes on up, unless it was the group's
        # doing (its request undone by uncancel()).
        cancellation = exc if isinstance(exc, CancelledError) else None
        if self._host_cancelled and self._host.uncancel() == 0:
            cancellation = None
        if exc is not None and not self._aborting:
            self._abort()
        while self._tasks:
            self._drained = self._loop.create_future()
            try:
                await self._drained
            except CancelledError as error:
                # The host was cancelled from outside while tasks ran.
                if not self._aborting:
                    cancellation = error
                    self._abort()
            self._drained = None
        if self._fatal is not None:
            raise self._fatal
        if cancellation is not None and not self._errors:
            raise cancellation
        if exc is not None and not isinstance(exc, CancelledError):
            self._errors.append(exc)
        if self._errors:
            grouped = self._errors
            self._errors = []
            raise BaseExceptionGroup('unhandled errors in a TaskGroup', grouped) from None

    def _abort(self):
        self._aborting = True
        for task in self._tasks:
            if not task.done():
                task.cancel()

    def _on_task_done(self, task):
        if task in self._tasks:
            self._tasks.remove(task)
        if not self._tasks and self._drained is not None and not self._drained.done():
            self._drained.set_result(True)
        error = None if task.cancelled() else task.exception()
        if error is None:
            return
        self._errors.append(error)
        if _is_fatal(error) and self._fatal is None:
            self._fatal = error
        if not self._aborting and not self._host_cancelled:
            # The body may be waiting on something else: cancelling the
            # host wakes it, and __aexit__ then collects the errors.
            self._abort()
            self._host_cancelled = True
            self._host.cancel()
