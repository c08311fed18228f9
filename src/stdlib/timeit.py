"""timeit: timing small pieces of code, written from the library reference.

A compiled program has no compiler at run time, so the statements are
callables (a function of no arguments), not source strings: a string
other than the documented default 'pass' raises NotImplementedError
naming it. The command-line interface (`python -m timeit`) is not here."""

import itertools
import time

__all__ = ['Timer', 'timeit', 'repeat', 'default_timer']

default_timer = time.perf_counter
default_number = 1000000
default_repeat = 5


def _nothing():
    pass


def _callable_of(code, role):
    """The callable standing for `stmt` or `setup`."""
    if isinstance(code, str):
        if code.strip() == 'pass' or not code.strip():
            return _nothing
        raise NotImplementedError('timeit cannot run the %s string %r: a compiled program has no compiler at run '
                                  'time; pass a function instead' % (role, code))
    if not callable(code):
        raise ValueError('%s is neither a string nor callable' % role)
    return code


class Timer:
    """Times `stmt` (a callable) run many times over, after `setup` once."""

    def __init__(self, stmt='pass', setup='pass', timer=default_timer, globals=None):
        self.timer = timer
        self._stmt = _callable_of(stmt, 'stmt')
        self._setup = _callable_of(setup, 'setup')

    def timeit(self, number=default_number):
        """Seconds (as the timer counts) that `number` runs of stmt took,
        after setup ran once. (CPython turns its cyclic collector off
        meanwhile; ingot's collector has no such switch.)"""
        setup, stmt, timer = self._setup, self._stmt, self.timer
        setup()
        start = timer()
        for _ in itertools.repeat(None, number):
            stmt()
        return timer() - start

    def repeat(self, repeat=default_repeat, number=default_number):
        """timeit(number), `repeat` times over, as a list."""
        return [self.timeit(number) for _ in range(repeat)]

    def autorange(self, callback=None):
        """(number, seconds) for the first of 1, 2, 5, 10, 20, 50... runs that
        takes 0.2 seconds or more; callback(number, seconds) after each try."""
        scale = 1
        while True:
            for step in (1, 2, 5):
                number = scale * step
                taken = self.timeit(number)
                if callback:
                    callback(number, taken)
                if taken >= 0.2:
                    return number, taken
            scale *= 10


def timeit(stmt='pass', setup='pass', timer=default_timer, number=default_number, globals=None):
    """Timer(stmt, setup, timer).timeit(number)."""
    return Timer(stmt, setup, timer, globals).timeit(number)


def repeat(stmt='pass', setup='pass', timer=default_timer, repeat=default_repeat, number=default_number,
           globals=None):
    """Timer(stmt, setup, timer).repeat(repeat, number)."""
    return Timer(stmt, setup, timer, globals).repeat(repeat, number)
