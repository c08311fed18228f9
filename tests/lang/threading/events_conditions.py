# Events, conditions with wait_for and notify, semaphores.
import threading

ready = threading.Event()
order = []


def waiter(name):
    order.append(name + " waits")
    ready.wait()
    order.append(name + " goes")


ts = [threading.Thread(target=waiter, args=("w%d" % i,)) for i in range(3)]
for t in ts:
    t.start()
order.append("main sets")
ready.set()
for t in ts:
    t.join()
# Each thread waits as soon as it starts; which one CPython wakes first is
# its scheduler's choice, so those come sorted.
print(order[:4], sorted(order[4:]))
print(ready.is_set(), ready.wait(0.01))
ready.clear()
print(ready.is_set(), ready.wait(0.01))

cond = threading.Condition()
items = []


taken = []


def take(name):
    with cond:
        cond.wait_for(lambda: len(items) > 0)
        taken.append(items.pop(0))


takers = [threading.Thread(target=take, args=("taker%d" % i,)) for i in range(3)]
for t in takers:
    t.start()
for i in range(3):
    with cond:
        items.append(i * 10)
        cond.notify()
for t in takers:
    t.join()
print("taken", sorted(taken), "left", items)

with cond:
    print("wait with timeout:", cond.wait(0.01))
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError:", e)

sem = threading.Semaphore(2)
inside = []
peak = [0]


def limited(i):
    with sem:
        inside.append(i)
        peak[0] = max(peak[0], len(inside))
        gate.wait()
        inside.remove(i)


gate = threading.Event()
workers = [threading.Thread(target=limited, args=(i,)) for i in range(5)]
for w in workers:
    w.start()
print("inside before the gate opens:", inside)
gate.set()
for w in workers:
    w.join()
print("peak", peak[0])

bounded = threading.BoundedSemaphore(1)
bounded.acquire()
bounded.release()
try:
    bounded.release()
except ValueError as e:
    print("ValueError:", e)
print(sem.acquire(timeout=0.01), sem.acquire(blocking=False), sem.acquire(blocking=False))
