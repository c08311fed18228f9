# A consumer started before its producer, fed through a queue that ends
# with a sentinel; a bounded queue makes the producer wait for room.
import queue
import threading

SENTINEL = None


def consumer(q, out):
    while True:
        item = q.get()
        if item is SENTINEL:
            q.task_done()
            break
        out.append(item * item)
        q.task_done()


def producer(q, n):
    for i in range(n):
        q.put(i)
    q.put(SENTINEL)


q = queue.Queue()
results = []
c = threading.Thread(target=consumer, args=(q, results))
c.start()
p = threading.Thread(target=producer, args=(q, 10))
p.start()
q.join()
c.join()
p.join()
print(results)

bounded = queue.Queue(maxsize=2)
log = []


def slow_consumer():
    for _ in range(6):
        log.append(("got", bounded.get()))


t = threading.Thread(target=slow_consumer)
t.start()
for i in range(6):
    bounded.put(i)
    log.append(("put", i))
t.join()
print(sorted(x for kind, x in log if kind == "got"))
print(len(log), bounded.qsize(), bounded.empty())

try:
    bounded.get(timeout=0.01)
except queue.Empty:
    print("Empty after a timeout")

lifo = queue.LifoQueue()
prio = queue.PriorityQueue()
for v in [3, 1, 2]:
    lifo.put(v)
    prio.put(v)
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)])
