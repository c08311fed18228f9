# An async generator pipeline: a source, filters and a sink, with asend,
# aclose and an async comprehension-free accumulation.
import asyncio


async def numbers(n):
    try:
        for i in range(n):
            await asyncio.sleep(0)
            print("source", i)
            yield i
    finally:
        print("source closed")


async def only_odd(source):
    async for x in source:
        if x % 2:
            yield x


async def scaled(source, factor):
    async for x in source:
        yield x * factor


async def running_total():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value


async def main():
    collected = []
    async for v in scaled(only_odd(numbers(6)), 10):
        print("sink", v)
        collected.append(v)
    print(collected)

    acc = running_total()
    print(await acc.asend(None))
    for v in [3, 4, 5]:
        print("total", await acc.asend(v))
    try:
        await acc.asend(None)
    except StopAsyncIteration:
        print("accumulator finished")

    gen = numbers(10)
    print(await gen.__anext__(), await gen.__anext__())
    await gen.aclose()
    try:
        await gen.__anext__()
    except StopAsyncIteration:
        print("closed generator is exhausted")

    async def failing():
        yield 1
        raise KeyError("inside")

    try:
        async for v in failing():
            print("got", v)
    except KeyError as e:
        print("caught", repr(e))


asyncio.run(main())
