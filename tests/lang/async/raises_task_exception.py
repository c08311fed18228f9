# An exception in a task propagates through gather and out of asyncio.run.
import asyncio


async def fine(n):
    await asyncio.sleep(0)
    print("fine", n)
    return n


async def broken(n):
    await asyncio.sleep(0)
    print("broken", n)
    raise ValueError("task " + str(n) + " failed")


async def main():
    print(await asyncio.gather(fine(1), broken(2), fine(3), return_exceptions=True))
    try:
        await asyncio.gather(fine(4), broken(5))
    except ValueError as e:
        print("caught", e)
    await asyncio.gather(fine(6), broken(7), fine(8))
    print("not reached")


asyncio.run(main())
