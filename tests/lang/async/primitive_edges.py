# asyncio's locks, queues, futures and task groups at their edges: the
# errors they raise, hand-offs past cancelled waiters, the queue orders.
import asyncio


def show(label, fn):
    try:
        print(label, fn())
    except BaseException as error:
        print(label, type(error).__name__, error)


async def hold(lock, name, log):
    async with lock:
        log.append(name)
        await asyncio.sleep(0)


async def lock_edges():
    lock = asyncio.Lock()
    show('release unlocked:', lock.release)
    log = []
    await lock.acquire()
    waiters = [asyncio.create_task(hold(lock, n, log)) for n in 'abc']
    await asyncio.sleep(0)
    waiters[0].cancel()          # the first in line leaves before its turn
    await asyncio.sleep(0)
    lock.release()
    await asyncio.gather(*waiters, return_exceptions=True)
    print('lock order', log, lock.locked())


async def take(sem, name, log):
    async with sem:
        log.append(name)
        await asyncio.sleep(0)


async def semaphore_edges():
    show('negative:', lambda: asyncio.Semaphore(-1))
    sem = asyncio.Semaphore(0)
    print('locked at 0', sem.locked())
    log = []
    tasks = [asyncio.create_task(take(sem, n, log)) for n in 'xyz']
    await asyncio.sleep(0)
    sem.release()
    tasks[0].cancel()            # woken, then cancelled: the permit goes on
    sem.release()
    await asyncio.gather(*tasks, return_exceptions=True)
    print('semaphore order', log, sem.locked(), tasks[0].cancelled())
    bounded = asyncio.BoundedSemaphore(2)
    await bounded.acquire()
    bounded.release()
    show('over-release:', bounded.release)


async def condition_edges():
    cond = asyncio.Condition()
    try:
        await cond.wait()
    except RuntimeError as error:
        print('wait:', error)
    show('notify:', cond.notify)
    state = []

    async def watcher(n):
        async with cond:
            got = await cond.wait_for(lambda: len(state) >= n and state[:n])
            print('watcher', n, 'got', got)

    tasks = [asyncio.create_task(watcher(n)) for n in (2, 1, 3)]
    await asyncio.sleep(0)
    for item in 'pqr':
        async with cond:
            state.append(item)
            cond.notify_all()
        await asyncio.sleep(0)
    await asyncio.gather(*tasks)
    async with cond:
        cond.notify(5)           # no one waits: nothing happens
    print('condition locked', cond.locked())


async def event_edges():
    event = asyncio.Event()
    event.set()
    print('wait on set', await event.wait())
    event.clear()
    woken = []

    async def sleeper(name):
        await event.wait()
        woken.append(name)

    tasks = [asyncio.create_task(sleeper(n)) for n in 'mn']
    await asyncio.sleep(0)
    event.set()
    event.set()
    await asyncio.gather(*tasks)
    print('woken', woken)


async def queue_edges():
    q = asyncio.Queue(2)
    print('maxsize', q.maxsize, q.empty(), q.full())
    q.put_nowait(1)
    q.put_nowait(2)
    show('put_nowait full:', lambda: q.put_nowait(3))
    print('full', q.full(), q.qsize())

    async def late_put(v):
        await q.put(v)
        print('put', v)

    putters = [asyncio.create_task(late_put(v)) for v in (3, 4)]
    await asyncio.sleep(0)
    print('got', q.get_nowait(), q.get_nowait())
    await asyncio.gather(*putters)
    print('then', q.get_nowait(), q.get_nowait())
    show('get_nowait empty:', q.get_nowait)
    for _ in range(4):
        q.task_done()
    show('task_done:', q.task_done)
    await q.join()

    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for v in (5, 1, 4, 2, 3):
        lifo.put_nowait(v)
        prio.put_nowait((v % 3, v))
    print('lifo', [lifo.get_nowait() for _ in range(5)])
    print('prio', [prio.get_nowait() for _ in range(5)])
    print(isinstance(prio, asyncio.LifoQueue), isinstance(lifo, asyncio.Queue))

    unbounded = asyncio.Queue()
    getter = asyncio.create_task(unbounded.get())
    await asyncio.sleep(0)
    getter.cancel()
    await asyncio.sleep(0)
    unbounded.put_nowait('kept')
    print('cancelled getter', getter.cancelled(), unbounded.qsize())


async def future_edges():
    loop = asyncio.get_running_loop()
    fut = loop.create_future()
    show('result pending:', fut.result)
    show('exception pending:', fut.exception)
    print(repr(fut))
    fut.set_result(7)
    show('set twice:', lambda: fut.set_result(8))
    print(repr(fut), fut.result(), fut.exception())
    bad = loop.create_future()
    show('stop iteration:', lambda: bad.set_exception(StopIteration))
    bad.set_exception(ValueError)
    print(repr(bad), type(bad.exception()).__name__)
    gone = loop.create_future()
    print('cancel', gone.cancel('why'), gone.cancel(), gone.cancelled())
    show('cancelled result:', gone.result)
    calls = []

    def note(fut):
        calls.append('note')

    def other_note(fut):
        calls.append('other')

    other = loop.create_future()
    other.add_done_callback(note)
    other.add_done_callback(other_note)
    other.add_done_callback(note)
    print('removed', other.remove_done_callback(note), other.remove_done_callback(note))
    other.set_result(None)
    await asyncio.sleep(0)
    print('callbacks', calls)


def refuse_task(group):
    coro = asyncio.sleep(0)
    try:
        group.create_task(coro)
    except RuntimeError as error:
        print(error)
    coro.close()


async def taskgroup_edges():
    group = asyncio.TaskGroup()
    refuse_task(group)
    async with group:
        group.create_task(asyncio.sleep(0))
        print(repr(group))
    refuse_task(group)
    try:
        async with group:
            pass
    except RuntimeError as error:
        print(error)


async def main():
    await lock_edges()
    await semaphore_edges()
    await condition_edges()
    await event_edges()
    await queue_edges()
    await future_edges()
    await taskgroup_edges()


asyncio.run(main())
