"""src/stdlib/timeit.py against CPython's timeit, with callables and timers
that count instead of measuring: how often statement and setup run, what
timeit/repeat/autorange return, and the errors. (String statements are
CPython's alone: ingot's module refuses them, checked at the end.)"""
import timeit

from differential import failures, finish, load, same

ours = load('timeit')


def counting(m, number, repeat):
    log = []
    ticks = iter(range(10 ** 6))
    t = m.Timer(lambda: log.append('s'), lambda: log.append('u'), timer=lambda: next(ticks) * 0.5)
    return t.timeit(number), log.count('s'), log.count('u'), t.repeat(repeat, number), log.count('s'), len(log)


for number in (0, 1, 7, 100):
    for repeat in (0, 1, 3):
        same(counting, timeit, ours, number, repeat)


def autorange(m, step):
    log = []
    t = m.Timer(lambda: log.append(1), timer=lambda: len(log) * step)
    seen = []
    return t.autorange(lambda n, s: seen.append((n, s))), seen


for step in (0.5, 0.01, 0.0005):
    same(autorange, timeit, ours, step)
same(lambda m: m.timeit(number=10) >= 0 and len(m.repeat(number=3, repeat=4)), timeit, ours)
same(lambda m: m.Timer(5), timeit, ours)
same(lambda m: m.Timer(lambda: None, setup=[]), timeit, ours)
same(lambda m: (m.default_number, m.default_repeat, m.default_timer is timeit.default_timer, m.__all__), timeit, ours)
try:
    ours.timeit('x = 1')
    failures.append('a statement string ran')
except NotImplementedError as e:
    if "'x = 1'" not in str(e):
        failures.append('the refusal does not name the statement: %s' % e)
finish('timeit')
