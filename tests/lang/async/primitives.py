# Lock, Event, Semaphore, BoundedSemaphore and Condition between tasks.
import asyncio


async def locked_worker(lock, name, log):
    print(name, "wants the lock", lock.locked())
    async with lock:
        print(name, "has the lock")
        log.append(name)
        await asyncio.sleep(0)
        await asyncio.sleep(0)
        print(name, "releases")


async def waiter(event, name):
    print(name, "waits")
    await event.wait()
    print(name, "woke", event.is_set())
    return name


async def limited(sem, name, active, peak):
    async with sem:
        active.append(name)
        peak.append(len(active))
        print(name, "in", len(active))
        await asyncio.sleep(0)
        active.remove(name)
        print(name, "out")


async def consumer(cond, items, name):
    async with cond:
        await cond.wait_for(lambda: len(items) > 0)
        item = items.pop(0)
        print(name, "consumed", item)


async def main():
    lock = asyncio.Lock()
    log = []
    await asyncio.gather(*(locked_worker(lock, "w" + str(i), log) for i in range(3)))
    print(log, lock.locked())
    try:
        lock.release()
    except RuntimeError as e:
        print("RuntimeError:", e)

    event = asyncio.Event()
    tasks = [asyncio.create_task(waiter(event, "e" + str(i))) for i in range(3)]
    await asyncio.sleep(0)
    print("setting")
    event.set()
    print(await asyncio.gather(*tasks))
    event.clear()
    print(event.is_set())

    sem = asyncio.Semaphore(2)
    active, peak = [], []
    await asyncio.gather(*(limited(sem, "s" + str(i), active, peak) for i in range(5)))
    print("peak", max(peak))

    bounded = asyncio.BoundedSemaphore(1)
    await bounded.acquire()
    bounded.release()
    try:
        bounded.release()
    except ValueError as e:
        print("ValueError:", e)

    cond = asyncio.Condition()
    items = []
    consumers = [asyncio.create_task(consumer(cond, items, "c" + str(i))) for i in range(2)]
    await asyncio.sleep(0)
    for item in ["x", "y"]:
        async with cond:
            items.append(item)
            cond.notify()
        await asyncio.sleep(0)
    await asyncio.gather(*consumers)
    print("left", items)


asyncio.run(main())
