# Threads adding to a shared counter under a Lock, and an RLock taken twice
# by its owner; join waits for each.
import threading

counter = 0
lock = threading.Lock()


def add(times):
    global counter
    for _ in range(times):
        with lock:
            counter += 1


threads = [threading.Thread(target=add, args=(1000,)) for _ in range(5)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("counter", counter)
print("alive", [t.is_alive() for t in threads])

rlock = threading.RLock()
with rlock:
    with rlock:
        print("re-entered")
print("rlock free again", rlock.acquire(blocking=False))
rlock.release()

plain = threading.Lock()
print(plain.acquire(), plain.locked(), plain.acquire(False), plain.acquire(timeout=0.01))
plain.release()
print(plain.locked())
try:
    plain.release()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    plain.acquire(False, 1)
except ValueError as e:
    print("ValueError:", e)


def contended(name, hold):
    with lock:
        print(name, "has the lock")
        holding.set()
        hold.wait()
        print(name, "releases it")


gate = threading.Event()
holding = threading.Event()
first = threading.Thread(target=contended, args=("first", gate))
second = threading.Thread(target=contended, args=("second", gate))
first.start()
holding.wait()
second.start()
print("both started; lock held:", lock.locked())
gate.set()
first.join()
second.join()
print("lock held at the end:", lock.locked())
