# TaskGroup (3.11): waits for its tasks; a failure cancels the rest.
import asyncio


async def job(name, delay, fail=False):
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print(name, "cancelled")
        raise
    if fail:
        print(name, "fails")
        raise ValueError(name)
    print(name, "done")
    return name


async def main():
    async with asyncio.TaskGroup() as tg:
        a = tg.create_task(job("a", 0.01))
        b = tg.create_task(job("b", 0))
        print("body ends")
    print("results", a.result(), b.result())
    try:
        async with asyncio.TaskGroup() as tg:
            tg.create_task(job("c", 10))
            tg.create_task(job("d", 0, fail=True))
            tg.create_task(job("e", 10))
            await asyncio.sleep(1)
            print("not reached")
    except* ValueError as group:
        print("group", [str(e) for e in group.exceptions])
    return "ok"


print(asyncio.run(main()))
