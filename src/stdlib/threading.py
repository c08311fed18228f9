"""threading: threads and the objects they synchronise with.

A program stays on one OS thread: each Thread is a green thread of the
runtime's scheduler (runtime/thread_module.h), which runs one thread until
it blocks (a contended lock, a wait, a join, a blocking queue call,
time.sleep), starts another or ends, then the thread that has waited
longest. Thread.start() runs the new thread at once. There is no
preemption, so a program prints one of the outputs CPython may give, and
the same one at every run.

Everything that blocks is built here on two calls of the scheduler:
park() suspends the running thread and unpark() makes a parked one
runnable again. A blocked thread waits on a _Waiters list with a ticket
that the waking side marks, so a wake-up that comes after the waiter's
timeout has passed, but before it ran again, still counts.

When every thread is blocked and none waits with a timeout, CPython hangs;
ingot reports the deadlock on stderr and exits with status 1.
"""

import _ingot_thread
import sys as _sys
import time as _time
import traceback as _traceback

__all__ = ['get_ident', 'active_count', 'Condition', 'current_thread',
           'enumerate', 'main_thread', 'TIMEOUT_MAX',
           'Event', 'Lock', 'RLock', 'Semaphore', 'BoundedSemaphore', 'Thread',
           'Barrier', 'BrokenBarrierError', 'Timer', 'ThreadError',
           'ExceptHookArgs', 'setprofile', 'settrace', 'local', 'stack_size',
           'excepthook', 'get_native_id', 'getprofile', 'gettrace']

# CPython's largest timeout on Linux: PY_TIMEOUT_MAX microseconds.
TIMEOUT_MAX = 9223372036.854776

ThreadError = RuntimeError


def get_ident():
    return _ingot_thread.get_ident()


def get_native_id():
    return _ingot_thread.native_id()


class _Ticket:
    """One parked thread's place in a _Waiters list."""

    def __init__(self, ident):
        self.ident = ident
        self.woken = False


class _Waiters:
    """The threads waiting for one thing, in the order they began to."""

    def __init__(self):
        self._tickets = []

    def __len__(self):
        return len(self._tickets)

    def wait(self, timeout):
        """Parks the running thread until wake() picks it (True) or
        `timeout` seconds pass (False); a negative timeout never does."""
        ticket = _Ticket(_ingot_thread.get_ident())
        self._tickets.append(ticket)
        if timeout < 0:
            while not ticket.woken:
                _ingot_thread.park(-1.0)
            return True
        deadline = _time.monotonic() + timeout
        while not ticket.woken:
            left = deadline - _time.monotonic()
            if left <= 0:
                self._tickets.remove(ticket)
                return False
            _ingot_thread.park(left)
        return True

    def wake(self, n=1):
        """Makes the first n waiting threads runnable (they run later)."""
        while n > 0 and self._tickets:
            ticket = self._tickets.pop(0)
            ticket.woken = True
            _ingot_thread.unpark(ticket.ident)
            n -= 1


def _lock_timeout(blocking, timeout):
    """Lock.acquire's arguments as one timeout: -1 waits for ever."""
    if not blocking:
        if timeout != -1:
            raise ValueError("can't specify a timeout for a non-blocking call")
        return 0.0
    if timeout < 0 and timeout != -1:
        raise ValueError("timeout value must be a non-negative number")
    if timeout > TIMEOUT_MAX:
        raise OverflowError("timeout value is too large")
    return float(timeout)


def _wait_timeout(timeout):
    """A `timeout=None` argument as a number of seconds: -1 for ever."""
    if timeout is None:
        return -1.0
    return max(float(timeout), 0.0)


class Lock:
    """A lock no thread owns: any thread may release it."""

    def __init__(self):
        self._held = False
        self._waiters = _Waiters()

    def acquire(self, blocking=True, timeout=-1):
        return self._take(_lock_timeout(blocking, timeout))

    def _take(self, timeout):
        if not self._held:
            self._held = True
            return True
        if timeout == 0:
            return False
        deadline = _time.monotonic() + timeout
        while self._held:
            left = -1.0 if timeout < 0 else deadline - _time.monotonic()
            if timeout >= 0 and left <= 0:
                return False
            self._waiters.wait(left)
        self._held = True
        return True

    def release(self):
        if not self._held:
            raise RuntimeError('release unlocked lock')
        self._held = False
        self._waiters.wake()

    def locked(self):
        return self._held

    def __enter__(self):
        return self._take(-1.0)

    def __exit__(self, t, v, tb):
        self.release()

    def __repr__(self):
        return '<%s _thread.lock object>' % ('locked' if self._held else 'unlocked')

    # Condition's view of its lock: a plain lock counts as owned by
    # whoever holds it.
    def _is_owned(self):
        return self._held

    def _release_save(self):
        self.release()
        return 0

    def _acquire_restore(self, count):
        self._take(-1.0)


class RLock:
    """A lock its owner may acquire again; it is free once every acquire
    has its release."""

    def __init__(self):
        self._owner = 0
        self._count = 0
        self._lock = Lock()

    def acquire(self, blocking=True, timeout=-1):
        return self._take(_lock_timeout(blocking, timeout))

    def _take(self, timeout):
        if self._owner != get_ident():
            if not self._lock._take(timeout):
                return False
            self._owner = get_ident()
        self._count += 1
        return True

    def release(self):
        if self._owner != get_ident():
            raise RuntimeError('cannot release un-acquired lock')
        self._count -= 1
        if not self._count:
            self._owner = 0
            self._lock.release()

    def locked(self):
        return self._lock.locked()

    def __enter__(self):
        return self._take(-1.0)

    def __exit__(self, t, v, tb):
        self.release()

    def __repr__(self):
        return '<%s _thread.RLock object owner=%d count=%d>' % (
            'locked' if self._count else 'unlocked', self._owner, self._count)

    def _is_owned(self):
        return self._owner == get_ident()

    def _release_save(self):
        if not self._count:
            raise RuntimeError('cannot release un-acquired lock')
        count = self._count
        self._count = 0
        self._owner = 0
        self._lock.release()
        return count

    def _acquire_restore(self, count):
        self._lock._take(-1.0)
        self._owner = get_ident()
        self._count = count


class Condition:
    """Threads waiting, under a lock, until another notifies them."""

    def __init__(self, lock=None):
        if lock is None:
            lock = RLock()
        self._lock = lock
        self._waiters = _Waiters()

    def acquire(self, blocking=True, timeout=-1):
        return self._lock.acquire(blocking, timeout)

    def release(self):
        self._lock.release()

    def __enter__(self):
        return self._lock.__enter__()

    def __exit__(self, t, v, tb):
        self._lock.release()

    def __repr__(self):
        return '<Condition(%s, %d)>' % (self._lock, len(self._waiters))

    def _is_owned(self):
        return self._lock._is_owned()

    def wait(self, timeout=None):
        if not self._lock._is_owned():
            raise RuntimeError('cannot wait on un-acquired lock')
        saved = self._lock._release_save()
        try:
            return self._waiters.wait(_wait_timeout(timeout))
        finally:
            self._lock._acquire_restore(saved)

    def wait_for(self, predicate, timeout=None):
        result = predicate()
        if timeout is None:
            while not result:
                self.wait()
                result = predicate()
            return result
        deadline = _time.monotonic() + timeout
        while not result:
            left = deadline - _time.monotonic()
            if left <= 0:
                break
            self.wait(left)
            result = predicate()
        return result

    def notify(self, n=1):
        if not self._lock._is_owned():
            raise RuntimeError('cannot notify on un-acquired lock')
        self._waiters.wake(n)

    def notify_all(self):
        self.notify(len(self._waiters))

    def notifyAll(self):
        self.notify_all()


class Semaphore:
    """A counter that acquire() takes one from, waiting while it is zero."""

    def __init__(self, value=1):
        if value < 0:
            raise ValueError('semaphore initial value must be >= 0')
        self._cond = Condition(Lock())
        self._value = value

    def acquire(self, blocking=True, timeout=None):
        if not blocking and timeout is not None:
            raise ValueError("can't specify timeout for non-blocking acquire")
        with self._cond:
            if blocking:
                self._cond.wait_for(self._available, timeout)
            if not self._value:
                return False
            self._value -= 1
            return True

    def _available(self):
        return self._value > 0

    def __enter__(self):
        return self.acquire()

    def __exit__(self, t, v, tb):
        self.release()

    def release(self, n=1):
        if n < 1:
            raise ValueError('n must be one or more')
        with self._cond:
            self._check_room(n)
            self._value += n
            self._cond.notify(n)

    def _check_room(self, n):
        """Where releasing n more is an error (BoundedSemaphore), raises it."""

    def __repr__(self):
        return '<%s: value=%d>' % (type(self).__name__, self._value)


class BoundedSemaphore(Semaphore):
    """A semaphore that may not be released above its initial value."""

    def __init__(self, value=1):
        Semaphore.__init__(self, value)
        self._ceiling = value

    def _check_room(self, n):
        if self._value + n > self._ceiling:
            raise ValueError('Semaphore released too many times')

    def __repr__(self):
        return '<%s: value=%d/%d>' % (type(self).__name__, self._value, self._ceiling)


class Event:
    """A flag that threads wait to see set."""

    def __init__(self):
        self._cond = Condition(Lock())
        self._flag = False

    def __repr__(self):
        return '<%s: %s>' % (type(self).__name__, 'set' if self._flag else 'unset')

    def is_set(self):
        return self._flag

    def isSet(self):
        return self._flag

    def set(self):
        with self._cond:
            self._flag = True
            self._cond.notify_all()

    def clear(self):
        with self._cond:
            self._flag = False

    def wait(self, timeout=None):
        with self._cond:
            if self._flag:
                return True
            return self._cond.wait(timeout)


class BrokenBarrierError(RuntimeError):
    pass


# A barrier's states: threads arrive while it fills, leave while it drains;
# reset() makes those waiting leave with BrokenBarrierError first.
_FILLING, _DRAINING, _RESETTING, _BROKEN = 0, 1, -1, -2


class Barrier:
    """Lets `parties` threads go on together once all have called wait()."""

    def __init__(self, parties, action=None, timeout=None):
        if parties < 1:
            raise ValueError('parties must be > 0')
        self._cond = Condition(Lock())
        self._action = action
        self._timeout = timeout
        self._parties = parties
        self._state = _FILLING
        self._count = 0

    def __repr__(self):
        if self.broken:
            return '<%s: broken>' % type(self).__name__
        return '<%s: waiters=%d/%d>' % (type(self).__name__, self.n_waiting, self._parties)

    def wait(self, timeout=None):
        if timeout is None:
            timeout = self._timeout
        with self._cond:
            # Those of the last round leave before this one fills.
            while self._state == _DRAINING or self._state == _RESETTING:
                self._cond.wait()
            if self._state == _BROKEN:
                raise BrokenBarrierError
            index = self._count
            self._count += 1
            try:
                if self._count == self._parties:
                    self._open()
                else:
                    self._await_open(timeout)
                return index
            finally:
                self._count -= 1
                if not self._count and (self._state == _DRAINING or self._state == _RESETTING):
                    self._state = _FILLING
                    self._cond.notify_all()

    def _open(self):
        try:
            if self._action is not None:
                self._action()
            self._state = _DRAINING
            self._cond.notify_all()
        except BaseException:
            self._break()
            raise

    def _await_open(self, timeout):
        if self._cond.wait_for(self._filling_done, timeout):
            if self._state == _DRAINING:
                return
        else:
            self._break()
        raise BrokenBarrierError

    def _filling_done(self):
        return self._state != _FILLING

    def reset(self):
        with self._cond:
            if self._count > 0:
                if self._state == _FILLING or self._state == _BROKEN:
                    self._state = _RESETTING
            else:
                self._state = _FILLING
            self._cond.notify_all()

    def abort(self):
        with self._cond:
            self._break()

    def _break(self):
        self._state = _BROKEN
        self._cond.notify_all()

    @property
    def parties(self):
        return self._parties

    @property
    def n_waiting(self):
        return self._count if self._state == _FILLING else 0

    @property
    def broken(self):
        return self._state == _BROKEN


class ExceptHookArgs:
    """What excepthook() is given: the exception and its thread."""

    def __init__(self, exc_type, exc_value, exc_traceback, thread):
        self.exc_type = exc_type
        self.exc_value = exc_value
        self.exc_traceback = exc_traceback
        self.thread = thread


def excepthook(args):
    """Reports an exception a thread's run() raised, as CPython's does."""
    if args.exc_type is SystemExit:
        return
    name = args.thread.name if args.thread is not None else str(get_ident())
    print('Exception in thread %s:' % name, file=_sys.stderr, flush=True)
    _traceback.print_exception(args.exc_value, file=_sys.stderr)
    _sys.stderr.flush()


__excepthook__ = excepthook


def _report(thread, error):
    try:
        excepthook(ExceptHookArgs(type(error), error, error.__traceback__, thread))
    except BaseException as hook_error:
        print('Exception in threading.excepthook:', file=_sys.stderr, flush=True)
        _traceback.print_exception(hook_error, file=_sys.stderr)


_active = {}   # ident: the Thread, while it runs
_counter = 0   # of the names made up for threads


def _newname(target):
    """The name a thread gets when none is given: numbered, with its
    target's name."""
    global _counter
    _counter += 1
    if target is None:
        return 'Thread-%d' % _counter
    return 'Thread-%d (%s)' % (_counter, target.__name__)


class Thread:
    """A thread that calls `target(*args, **kwargs)`, or runs the run()
    method of a subclass."""

    _initialized = False

    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *, daemon=None):
        assert group is None, 'group argument must be None for now'
        self._target = target
        self._name = str(name) if name else _newname(target)
        self._args = args
        self._kwargs = {} if kwargs is None else kwargs
        self._daemonic = current_thread().daemon if daemon is None else daemon
        self._ident = None
        self._native_id = None
        self._began = False
        self._is_stopped = False
        self._joiners = _Waiters()
        self._initialized = True

    def __repr__(self):
        status = 'initial'
        if self._began:
            status = 'started'
        if self._is_stopped:
            status = 'stopped'
        if self._daemonic:
            status += ' daemon'
        if self._ident is not None:
            status += ' %s' % self._ident
        return '<%s(%s, %s)>' % (type(self).__name__, self._name, status)

    def start(self):
        if not self._initialized:
            raise RuntimeError('thread.__init__() not called')
        if self._began:
            raise RuntimeError('threads can only be started once')
        self._began = True
        _ingot_thread.start(self._bootstrap)

    def _bootstrap(self):
        ident = get_ident()
        self._ident = ident
        self._native_id = get_native_id()
        _active[ident] = self
        try:
            self.run()
        except BaseException as error:
            _report(self, error)
        finally:
            self._is_stopped = True
            del _active[ident]
            self._joiners.wake(len(self._joiners))

    def run(self):
        if self._target is not None:
            self._target(*self._args, **self._kwargs)

    def join(self, timeout=None):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if not self._began:
            raise RuntimeError('cannot join thread before it is started')
        if self is current_thread():
            raise RuntimeError('cannot join current thread')
        wait = _wait_timeout(timeout)
        deadline = _time.monotonic() + wait
        while not self._is_stopped:
            if wait < 0:
                self._joiners.wait(-1.0)
                continue
            left = deadline - _time.monotonic()
            if left <= 0:
                break
            self._joiners.wait(left)

    def is_alive(self):
        return self._began and not self._is_stopped

    @property
    def name(self):
        return self._name

    @name.setter
    def name(self, name):
        self._name = str(name)

    @property
    def ident(self):
        return self._ident

    @property
    def native_id(self):
        return self._native_id

    @property
    def daemon(self):
        return self._daemonic

    @daemon.setter
    def daemon(self, daemonic):
        if not self._initialized:
            raise RuntimeError('Thread.__init__() not called')
        if self._began:
            raise RuntimeError('cannot set daemon status of active thread')
        self._daemonic = daemonic

    def isDaemon(self):
        return self._daemonic

    def setDaemon(self, daemonic):
        self.daemon = daemonic

    def getName(self):
        return self._name

    def setName(self, name):
        self._name = str(name)


class _MainThread(Thread):
    """The thread the program began in."""

    def __init__(self):
        Thread.__init__(self, name='MainThread', daemon=False)
        self._began = True
        self._ident = get_ident()
        self._native_id = get_native_id()
        _active[self._ident] = self


class Timer(Thread):
    """Calls `function(*args, **kwargs)` after `interval` seconds, unless
    cancel() comes first."""

    def __init__(self, interval, function, args=None, kwargs=None):
        Thread.__init__(self)
        self.interval = interval
        self.function = function
        self.args = args if args is not None else []
        self.kwargs = kwargs if kwargs is not None else {}
        self.finished = Event()

    def cancel(self):
        self.finished.set()

    def run(self):
        # Event.wait answers whether the event was set: cancelled in time.
        if not self.finished.wait(self.interval):
            self.function(*self.args, **self.kwargs)
        self.finished.set()


def current_thread():
    return _active[get_ident()]


def currentThread():
    return current_thread()


def main_thread():
    return _main_thread


def active_count():
    return len(_active)


def activeCount():
    return len(_active)


def enumerate():
    return list(_active.values())


_main_thread = _MainThread()

_exit_calls = []   # of _register_atexit, newest last
_shutting_down = False


def _register_atexit(func, *args):
    """Has `func(*args)` called as the program ends, before the threads
    are joined (concurrent.futures stops its workers so)."""
    if _shutting_down:
        raise RuntimeError("can't register atexit after shutdown")
    _exit_calls.append(lambda: func(*args))


def _shutdown():
    """The end of the program, after the main thread's code: what was
    registered runs, then every non-daemon thread is joined."""
    global _shutting_down
    _shutting_down = True
    for call in reversed(_exit_calls):
        call()
    _main_thread._is_stopped = True
    while True:
        running = [t for t in _active.values() if not t._daemonic and t is not _main_thread]
        if not running:
            break
        for t in running:
            t.join()


_ingot_thread.at_shutdown(_shutdown)

_trace_hook = None
_profile_hook = None
_stack_size = 0


def settrace(func):
    global _trace_hook
    _trace_hook = func


def gettrace():
    return _trace_hook


def setprofile(func):
    global _profile_hook
    _profile_hook = func


def getprofile():
    return _profile_hook


def stack_size(size=0):
    """The size asked for new threads' stacks (ingot's are 8 MiB each)."""
    global _stack_size
    if size != 0 and size < 32768:
        raise ValueError('size not valid: %d bytes' % size)
    old = _stack_size
    _stack_size = size
    return old


class local:
    """An object whose attributes each thread sees its own of."""

    def __init__(self):
        object.__setattr__(self, '_local_dicts', {})

    def _own(self):
        return self._local_dicts.setdefault(get_ident(), {})

    def __getattr__(self, name):
        own = self._own()
        if name in own:
            return own[name]
        raise AttributeError("'%s' object has no attribute '%s'" % (_local_name(self), name))

    def __setattr__(self, name, value):
        self._own()[name] = value

    def __delattr__(self, name):
        own = self._own()
        if name not in own:
            raise AttributeError("'%s' object has no attribute '%s'" % (_local_name(self), name))
        del own[name]


def _local_name(obj):
    name = type(obj).__name__
    return '_thread._local' if name == 'local' else name
