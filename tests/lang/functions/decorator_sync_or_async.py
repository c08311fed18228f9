# A decorator that asks whether it wraps a coroutine function and returns an
# async or a sync wrapper: one parameter fed plain and async defs, the two
# wrappers returned from the two branches, async methods decorated in a class.
import asyncio
import functools


def traced(func):
    if asyncio.iscoroutinefunction(func):
        @functools.wraps(func)
        async def async_wrapper(*args, **kwargs):
            print("await", func.__name__, args[-2:], kwargs)
            return await func(*args, **kwargs)
        return async_wrapper

    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        print("call", func.__name__, args, kwargs)
        return func(*args, **kwargs)
    return wrapper


@traced
def add(a, b):
    return a + b


@traced
async def mul(a, b):
    await asyncio.sleep(0)
    return a * b


@traced
def greet(name, punct="!"):
    return "hello " + name + punct


@traced
async def shout(text):
    return text.upper()


class Store:
    def __init__(self):
        self.items = {}

    @staticmethod
    async def fetch(key):
        return key * 2

    @classmethod
    async def make(cls):
        return cls.__name__

    @traced
    async def put(self, key, value):
        self.items[key] = value
        return len(self.items)


async def main():
    print(await mul(3, 4))
    print(await shout("quiet"))
    print(await Store.fetch(21), await Store().fetch("ab"))
    print(await Store.make())
    s = Store()
    print(await s.put("a", 1), await s.put("b", 2), sorted(s.items))
    results = await asyncio.gather(mul(2, 5), shout("x"))
    print(results)


print(add(1, 2))
print(greet("bob"), greet("amy", punct="?"))
print(add.__name__, mul.__name__, greet.__name__, shout.__name__, Store.put.__name__)
print(asyncio.iscoroutinefunction(add), asyncio.iscoroutinefunction(mul))
asyncio.run(main())
