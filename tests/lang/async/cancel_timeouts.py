# Cancellation, wait_for, asyncio.timeout, shield and wait.
import asyncio


async def slow(name, delay):
    print("slow start", name)
    try:
        await asyncio.sleep(delay)
    except asyncio.CancelledError:
        print("slow cancelled", name)
        raise
    finally:
        print("slow finally", name)
    print("slow end", name)
    return name


async def main():
    t = asyncio.create_task(slow("a", 10))
    await asyncio.sleep(0)
    print("cancel ->", t.cancel(), t.cancelled(), t.done())
    try:
        await t
    except asyncio.CancelledError:
        print("awaiting a cancelled task raises CancelledError")
    print(t.cancelled(), t.done(), t.cancel())

    try:
        await asyncio.wait_for(slow("b", 10), timeout=0.01)
    except asyncio.TimeoutError as e:
        print("wait_for timed out", type(e).__name__, asyncio.TimeoutError is TimeoutError)
    print(await asyncio.wait_for(slow("c", 0), timeout=1))
    print(await asyncio.wait_for(slow("d", 0), timeout=None))

    try:
        async with asyncio.timeout(0.01):
            await slow("e", 10)
    except TimeoutError:
        print("timeout() expired")
    async with asyncio.timeout(1) as cm:
        await slow("f", 0)
    print("expired?", cm.expired())

    inner = asyncio.create_task(slow("g", 0.01))
    outer = asyncio.shield(inner)
    outer.cancel()
    try:
        await outer
    except asyncio.CancelledError:
        print("shield cancelled outside", inner.cancelled())
    print("inner result", await inner)

    tasks = [asyncio.create_task(slow(n, d)) for n, d in [("h", 0), ("i", 0.01), ("j", 10)]]
    done, pending = await asyncio.wait(tasks, return_when=asyncio.FIRST_COMPLETED)
    print(sorted(t.result() for t in done), len(pending))
    done, pending = await asyncio.wait(tasks, timeout=0.05)
    print(sorted(t.result() for t in done), len(pending))
    for p in pending:
        p.cancel()
    done, pending = await asyncio.wait(tasks)
    print(len(done), len(pending), [t.cancelled() for t in tasks])

    t = asyncio.create_task(slow("k", 10))
    await asyncio.sleep(0)
    t.cancel("with a message")
    try:
        await t
    except asyncio.CancelledError as e:
        print("message:", e.args)
    return "done"


print(asyncio.run(main()))
