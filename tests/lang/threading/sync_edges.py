# threading's semaphores, conditions and locks, queue's exceptions and
# orders, and concurrent.futures' futures, map, wait and as_completed at
# their edges.
import queue
import threading
import time
from concurrent.futures import (FIRST_EXCEPTION, CancelledError, Future, InvalidStateError, ThreadPoolExecutor,
                                TimeoutError, as_completed, wait)


def show(label, fn):
    try:
        print(label, fn())
    except Exception as error:
        print(label, type(error).__name__, error)


def semaphores():
    show('negative:', lambda: threading.Semaphore(-1))
    sem = threading.Semaphore(1)
    show('timeout without blocking:', lambda: sem.acquire(False, 1))
    show('release 0:', lambda: sem.release(0))
    print(sem.acquire(False), sem.acquire(False), sem.acquire(timeout=0.01))
    sem.release(3)
    print(sem.acquire(False), sem.acquire(False), sem.acquire(False), sem.acquire(False))
    bounded = threading.BoundedSemaphore(2)
    bounded.acquire()
    show('bounded release 2:', lambda: bounded.release(2))
    bounded.release()
    show('bounded over:', bounded.release)


def conditions():
    cond = threading.Condition()
    show('notify unowned:', cond.notify)
    show('wait unowned:', cond.wait)
    with cond:
        print('wait_for timeout', cond.wait_for(lambda: False, timeout=0.01))
        print('wait_for value', cond.wait_for(lambda: [7]))
    items = []

    def take(name):
        with cond:
            got = cond.wait_for(lambda: items and items.pop(0))
            print(name, 'took', got)

    takers = [threading.Thread(target=take, args=(n,)) for n in ('t1', 't2')]
    for t in takers:
        t.start()
    for item in ('a', 'b'):
        with cond:
            items.append(item)
            cond.notify()
        time.sleep(0.01)
    for t in takers:
        t.join()
    rlock = threading.RLock()
    with rlock:
        with rlock:
            print('rlock nested')
    show('rlock unowned:', rlock.release)
    lock = threading.Lock()
    show('lock unlocked:', lock.release)
    show('lock bad timeout:', lambda: lock.acquire(False, 2))


def queues():
    q = queue.Queue(2)
    q.put(1)
    q.put_nowait(2)
    show('put_nowait:', lambda: q.put_nowait(3))
    show('put timeout:', lambda: q.put(3, timeout=0.01))
    show('put no block:', lambda: q.put(3, False, -5))
    print('full', q.full(), q.qsize(), list(q.queue))
    print(q.get(), q.get_nowait())
    show('get_nowait:', q.get_nowait)
    show('get timeout:', lambda: q.get(timeout=0.01))
    show('get negative:', lambda: q.get(timeout=-1))
    unbounded = queue.Queue()
    unbounded.put('x', timeout=-1)
    print('unbounded', unbounded.get(), unbounded.empty())
    for _ in range(2):
        q.task_done()
    show('task_done:', q.task_done)
    q.join()
    lifo, prio = queue.LifoQueue(), queue.PriorityQueue()
    for v in (3, 1, 4, 1, 5, 9, 2):
        lifo.put(v)
        prio.put((-v, str(v)))
    print('lifo', [lifo.get() for _ in range(7)])
    print('prio', [prio.get()[1] for _ in range(7)])
    simple = queue.SimpleQueue()
    simple.put(5)
    print('simple', simple.qsize(), simple.get_nowait(), simple.empty())
    show('simple empty:', simple.get_nowait)
    worked = []

    def worker():
        while True:
            item = q.get()
            if item is None:
                q.task_done()
                return
            worked.append(item * 10)
            q.task_done()

    t = threading.Thread(target=worker)
    t.start()
    for item in (1, 2, 3, None):
        q.put(item)
    q.join()
    t.join()
    print('worked', worked)


def slow(x):
    time.sleep(0.02)
    return x


def fail_on(x):
    if x == 2:
        raise ValueError('two')
    return x


def futures():
    f = Future()
    print(f.cancel(), f.cancel(), f.cancelled(), f.done(), f.running())
    print(f.set_running_or_notify_cancel(), f.done())
    show('cancelled result:', f.result)
    g = Future()
    print(g.set_running_or_notify_cancel(), g.running(), g.cancel())
    g.set_result(3)
    try:
        g.set_result(4)
    except InvalidStateError:
        print('set twice InvalidStateError')
    print(g.result(), g.exception(), g.done())
    h = Future()
    show('timeout:', lambda: h.result(timeout=0.01))
    h.set_exception(KeyError('k'))
    show('exception:', h.result)
    seen = []
    h.add_done_callback(lambda fut: seen.append(type(fut.exception()).__name__))
    print('callback', seen)
    show('bad return_when:', lambda: wait([Future()], return_when='SOMETIMES'))
    print('all done', len(wait([g, h], return_when='SOMETIMES').done))
    with ThreadPoolExecutor(max_workers=2) as pool:
        try:
            print(list(pool.map(fail_on, [1, 2, 3])))
        except ValueError as error:
            print('map raised', error)
        results = pool.map(slow, [1, 2, 3], timeout=0.01)
        try:
            print(list(results))
        except TimeoutError:
            print('map timed out')
        done, not_done = wait([pool.submit(fail_on, 2), pool.submit(slow, 5)], return_when=FIRST_EXCEPTION)
        print('first exception', len(done), len(not_done))
        try:
            for fut in as_completed([pool.submit(slow, 1)], timeout=0.01):
                print('completed', fut.result())
        except TimeoutError as error:
            print('as_completed:', error)
    started = threading.Event()

    def first():
        started.set()
        time.sleep(0.02)
        return 'first'

    pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix='solo')
    running = pool.submit(first)
    started.wait()
    queued = [pool.submit(slow, i) for i in range(3)]
    pool.shutdown(cancel_futures=True)
    print(running.result(), [q.cancelled() for q in queued])
    show('after shutdown:', lambda: pool.submit(slow, 1))
    try:
        queued[0].result()
    except CancelledError:
        print('queued call cancelled')
    names = []
    with ThreadPoolExecutor(1, 'named') as named:
        named.submit(lambda: names.append(threading.current_thread().name)).result()
    print(names)
    show('no workers:', lambda: ThreadPoolExecutor(0))
    show('bad initializer:', lambda: ThreadPoolExecutor(1, initializer=5))


semaphores()
conditions()
queues()
futures()
