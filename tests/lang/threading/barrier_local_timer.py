# A barrier of three threads (its action runs once per round), per-thread
# attributes of threading.local, a Timer and its cancel, thread names.
import threading

barrier = threading.Barrier(3, action=lambda: print("all arrived"))
arrivals = []


def meet(i):
    arrivals.append(i)
    index = barrier.wait()
    arrivals.append(("through", i, index))


ts = [threading.Thread(target=meet, args=(i,), name="meet-%d" % i) for i in range(3)]
for t in ts:
    t.start()
for t in ts:
    t.join()
# Which waiter CPython wakes first is its scheduler's choice: sorted.
print(arrivals[:3], sorted(arrivals[3:]))
print(barrier.parties, barrier.n_waiting, barrier.broken)

lonely = threading.Barrier(2, timeout=0.01)
try:
    lonely.wait()
except threading.BrokenBarrierError:
    print("broken:", lonely.broken)

data = threading.local()
data.value = "main"
seen = []


def use_local(v):
    data.value = v
    seen.append((threading.current_thread().name, data.value))


workers = [threading.Thread(target=use_local, args=(i,), name="local-%d" % i) for i in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
print(seen, data.value)
try:
    other = threading.local()
    print(other.missing)
except AttributeError as e:
    print("AttributeError:", e)

fired = []
timer = threading.Timer(0.01, fired.append, args=("fired",))
timer.start()
cancelled = threading.Timer(0.01, fired.append, args=("cancelled",))
cancelled.start()
cancelled.cancel()
timer.join()
cancelled.join()
print(fired)

print(threading.current_thread().name, threading.main_thread() is threading.current_thread())
print(threading.active_count(), [t.name for t in threading.enumerate()])


def named():
    pass


t = threading.Thread(target=named)
print(t.name.endswith("(named)"), t.daemon, t.ident is None, t.is_alive())
t.start()
t.join()
print(isinstance(t.ident, int), t.is_alive())
