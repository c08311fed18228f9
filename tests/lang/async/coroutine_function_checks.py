# Telling async defs, generators and plain functions apart (co_flags), as
# decorators that wrap sync and async functions alike do.
import asyncio
import functools
import inspect


def logged(func):
    if asyncio.iscoroutinefunction(func):
        async def wrapper(*args):
            print("await", func.__name__, args)
            return await func(*args)
    else:
        def wrapper(*args):
            print("call", func.__name__, args)
            return func(*args)
    return wrapper


async def fetch(n):
    await asyncio.sleep(0)
    return n * 2


def compute(n):
    return n + 1


def numbers():
    yield 1


async def stream():
    yield 1


class Service:
    async def run(self):
        return "ran"

    def stop(self):
        return "stopped"


def outer(*args, **kwargs):
    def inner():
        return args
    return inner


s = Service()
print(asyncio.run(logged(fetch)(3)))
for f in (fetch, compute, numbers, stream, s.run, s.stop, Service.run, functools.partial(fetch, 1), len, lambda: 0, 5):
    print(inspect.iscoroutinefunction(f), inspect.isgeneratorfunction(f), inspect.isasyncgenfunction(f))
print([f.__code__.co_flags for f in (numbers, stream, outer, outer(), Service.stop, Service.run, compute)])
pending = s.run()
print(asyncio.run(s.run()), inspect.iscoroutine(pending), inspect.iscoroutine(s.stop()))
pending.close()
