# Async comprehensions: `async for` clauses in list, set and dict
# comprehensions, `await` in their elements and conditions, nested and
# mixed with plain `for` clauses.
import asyncio


async def numbers(n):
    for i in range(n):
        await asyncio.sleep(0)
        yield i


async def double(x):
    await asyncio.sleep(0)
    return x * 2


async def is_odd(x):
    return x % 2 == 1


async def main():
    print([x async for x in numbers(5)])
    print({x % 3 async for x in numbers(7)})
    print({x: str(x) async for x in numbers(4)})
    print([await double(x) for x in range(4)])
    print([x async for x in numbers(8) if await is_odd(x)])
    print({await double(k): await double(k + 1) for k in range(3)})
    print([(x, y) async for x in numbers(3) for y in "ab" if x != 1])
    print([[await double(y) for y in range(x)] for x in range(4)])
    print([x + y async for x in numbers(3) async for y in numbers(x)])
    total = sum([await double(x) async for x in numbers(5)])
    print("total", total)
    n = 0
    while n < 3:
        print(n, [await double(n) for _ in range(n)])
        n += 1
    try:
        print([x async for x in range(3)])
    except TypeError as e:
        print("TypeError:", e)
    try:
        print([await double(x) for x in [1, None, 3]])
    except TypeError as e:
        print("TypeError:", e)
    return [c async for c in numbers(2)]


print(asyncio.run(main()))
