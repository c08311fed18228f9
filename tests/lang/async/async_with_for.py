# async with and async for on classes, and async generators driven by asyncio.
import asyncio


class Resource:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow

    async def __aenter__(self):
        print("enter", self.name)
        await asyncio.sleep(0)
        return self.name.upper()

    async def __aexit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None, exc)
        await asyncio.sleep(0)
        return self.swallow


class Countdown:
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n <= 0:
            raise StopAsyncIteration
        await asyncio.sleep(0)
        self.n -= 1
        return self.n


async def squares(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i * i
    print("squares done")


async def pairs(source):
    async for x in source:
        yield x, x + 1


async def main():
    async with Resource("a", True) as name:
        print("inside", name)
        raise ValueError("swallowed")
    print("after a")
    try:
        async with Resource("b", False) as name, Resource("c", False) as other:
            print("inside", name, other)
            raise KeyError("kept")
    except KeyError as e:
        print("caught", repr(e))
    for i in range(3):
        async with Resource("loop" + str(i), False):
            if i == 1:
                continue
            if i == 2:
                break
            print("body", i)
    async for v in Countdown(3):
        print("countdown", v)
    else:
        print("countdown else")
    async for s in squares(4):
        print("square", s)
        if s == 4:
            break
    async for p in pairs(squares(3)):
        print("pair", p)
    agen = squares(2)
    print(type(agen).__name__)
    print(await agen.__anext__(), await agen.__anext__())
    try:
        await agen.__anext__()
    except StopAsyncIteration:
        print("exhausted")
    return "ok"


print(asyncio.run(main()))
