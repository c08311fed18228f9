# ThreadPoolExecutor: map, submit and result, exceptions in futures,
# callbacks, as_completed and wait.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, ALL_COMPLETED, FIRST_EXCEPTION
import threading


def square(x):
    return x * x


def fail(x):
    raise ValueError("bad %d" % x)


with ThreadPoolExecutor(max_workers=3) as pool:
    print(list(pool.map(square, range(8))))
    futures = [pool.submit(square, i) for i in range(5)]
    print([f.result() for f in futures])
    bad = pool.submit(fail, 7)
    try:
        bad.result()
    except ValueError as e:
        print("ValueError:", e)
    print(type(bad.exception()).__name__, bad.done(), bad.cancelled())
    done = []
    f = pool.submit(square, 12)
    f.add_done_callback(lambda fut: done.append(fut.result()))
    f.result()
    print("callback saw", done)
    print(sorted(f.result() for f in as_completed([pool.submit(square, i) for i in range(4)])))
    result = wait([pool.submit(square, 2), pool.submit(fail, 1)], return_when=ALL_COMPLETED)
    print(len(result.done), len(result.not_done))

lock = threading.Lock()
total = [0]


def add(n):
    with lock:
        total[0] += n
    return n


with ThreadPoolExecutor(max_workers=4) as pool:
    results = list(pool.map(add, range(100)))
print(total[0], results[:5], results[-1])

pool = ThreadPoolExecutor(max_workers=2)
fut = pool.submit(sum, [1, 2, 3])
pool.shutdown(wait=True)
print(fut.result(), fut.done())
try:
    pool.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError:", e)
