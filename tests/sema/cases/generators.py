# Generators, coroutines, async generators, and where yield and await count.
def gen():
    yield 1


def gen_from():
    yield from gen()
    return 3


def not_a_generator():
    def inner():
        yield
    return inner


async def coroutine():
    await coroutine()


async def async_generator():
    yield 1
    async for x in async_generator():
        pass
    async with coroutine() as y:
        pass


async def plain_async():
    return 1


lam = lambda: (yield)
lam_gen = lambda: [x for x in (yield)]


def yield_in_iterable():
    return [x for x in (yield)]


def annotated_local():
    # Never evaluated, but the symbol table still sees the yield and await.
    a: (yield) = 1
    b: (await coroutine()) = 2


def default_generator(x=(i for i in range(3))):
    return x
