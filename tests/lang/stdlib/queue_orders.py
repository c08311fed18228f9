import queue

fifo = queue.Queue()
for word in ["spam", "eggs", "ham"]:
    fifo.put(word)
print(fifo.qsize(), fifo.empty(), fifo.full(), [fifo.get() for _ in range(3)], fifo.empty())

lifo = queue.LifoQueue(maxsize=2)
lifo.put(1)
lifo.put(2)
print(lifo.full(), lifo.qsize())
try:
    lifo.put_nowait(3)
except queue.Full:
    print("full")
print(lifo.get(), lifo.get_nowait())
try:
    lifo.get_nowait()
except queue.Empty:
    print("empty")

tasks = queue.PriorityQueue()
for priority, name in [(3, "write"), (1, "plan"), (2, "code"), (1, "coffee")]:
    tasks.put((priority, name))
order = []
while not tasks.empty():
    order.append(tasks.get_nowait())
    tasks.task_done()
print(order)
tasks.join()
try:
    tasks.task_done()
except ValueError as e:
    print("ValueError", e)

try:
    queue.Queue().get(timeout=0.001)
except queue.Empty:
    print("timed out")

work = queue.Queue()
work.put(1)
total = 0
while not work.empty():
    n = work.get()
    total += n
    if n < 20:
        work.put(n * 2)
        work.put(n * 3)
print(total, work.qsize())

simple = queue.SimpleQueue()
simple.put("a")
simple.put("b")
print(simple.get(), simple.qsize(), simple.get_nowait(), simple.empty())
