# The order tasks run in: create_task, gather, sleep(0) and timed sleeps.
import asyncio


async def worker(name, delay, log):
    print("start", name)
    await asyncio.sleep(delay)
    print("after sleep", name)
    await asyncio.sleep(0)
    log.append(name)
    return name.upper()


async def ticker(name, n):
    for i in range(n):
        print(name, "tick", i)
        await asyncio.sleep(0)
    return n


async def main():
    log = []
    t = asyncio.create_task(worker("a", 0, log))
    print("created", t.get_name(), t.done())
    r = await asyncio.gather(worker("b", 0.01, log), worker("c", 0, log), t)
    print(r, log)
    print(t.done(), t.result())
    print(await asyncio.gather(ticker("x", 3), ticker("y", 2), ticker("z", 1)))
    tasks = [asyncio.create_task(ticker("t" + str(i), 2)) for i in range(3)]
    print("before await")
    for task in tasks:
        print("result", await task)
    print(await asyncio.gather())
    return 7


print(asyncio.run(main()))
