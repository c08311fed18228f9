# A container passed on through *args, f(*args) or a tuple of arguments
# is the same object in the callee: what the callee stores shows in the
# caller's container, however many hands it passed through.
import contextlib


def add(log, item="x"):
    log.append(item)


def forward(*args):
    return add(*args)


def forward_with(func, args, kwds):
    return func(*args, **kwds)


def collect(*lists):
    for i, target in enumerate(lists):
        target.append(i * 1.5)


def gen(log):
    log.append("started")
    yield len(log)
    log.append("resumed")


class Deferred:
    def __init__(self, func, args):
        self.run = lambda: func(*args)


log = []
forward(log)
forward(log, "y")
forward_with(add, (log,), {"item": "z"})
print(log)

a, b = [], []
collect(a, b)
collect(*(a, b))
print(a, b)

events = []
g = (lambda *args: gen(*args))(events)
print(next(g), events)
print(next(g, None), events)

counts = {}
def bump(d, k):
    d[k] = d.get(k, 0) + 1


Deferred(bump, (counts, "hits")).run()
Deferred(lambda d, more: d.update(more), (counts, {"misses": 2})).run()
print(counts)


@contextlib.contextmanager
def recording(trace):
    trace.append("enter")
    try:
        yield trace
    finally:
        trace.append("exit")


trace = []
with recording(trace) as t:
    t.append("body")
print(trace, t is trace)
