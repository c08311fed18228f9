# A producer/consumer pipeline over asyncio queues, with join and task_done.
import asyncio


async def producer(queue, name, count):
    for i in range(count):
        item = name + str(i)
        await queue.put(item)
        print("put", item, queue.qsize())
    print(name, "produced all")


async def consumer(queue, name, seen):
    while True:
        item = await queue.get()
        print(name, "got", item)
        seen.append(item)
        await asyncio.sleep(0)
        queue.task_done()


async def main():
    queue = asyncio.Queue(maxsize=2)
    print(queue.maxsize, queue.empty(), queue.full())
    seen = []
    consumers = [asyncio.create_task(consumer(queue, "c" + str(i), seen)) for i in range(2)]
    await asyncio.gather(producer(queue, "p", 4), producer(queue, "q", 3))
    await queue.join()
    print("joined", sorted(seen))
    for c in consumers:
        c.cancel()
    results = await asyncio.gather(*consumers, return_exceptions=True)
    print([type(r).__name__ for r in results])

    q = asyncio.Queue(1)
    q.put_nowait(1)
    try:
        q.put_nowait(2)
    except asyncio.QueueFull:
        print("QueueFull")
    print(q.get_nowait())
    try:
        q.get_nowait()
    except asyncio.QueueEmpty:
        print("QueueEmpty")
    try:
        q.task_done()
        q.task_done()
    except ValueError as e:
        print("ValueError:", e)

    lifo = asyncio.LifoQueue()
    prio = asyncio.PriorityQueue()
    for v in [3, 1, 2]:
        await lifo.put(v)
        await prio.put((v, "p" + str(v)))
    print([lifo.get_nowait() for _ in range(3)], [prio.get_nowait() for _ in range(3)])


asyncio.run(main())
