def no_params():
    pass


def positional(a, b, c=1, d=(2, 3)):
    return a


def positional_only(a, b=2, /, c=3, *, d, e=5, **kwargs):
    return a, b, c, d, e, kwargs


def only_slash(a, /):
    pass


def star_args(*args, **kwargs):
    pass


def keyword_only(*, key, other=None):
    pass


def annotated(a: int, b: "str" = "x", *args: tuple, c: list[int] = [], **kw: dict) -> None:
    pass


def star_annotation(*args: *Ts):
    pass


def defaults_everywhere(a=1, /, b=2, *c, d=3, e, **f):
    pass


async def coroutine(session):
    await session.open()
    async with session.lock() as held, other:
        pass
    async for item in session.stream():
        yield item
    else:
        pass
    result = [x async for x in aiter() if await x]
    return await asyncio.gather(*(f() for f in fs))


def generator():
    yield
    yield 1
    yield 1, 2
    x = yield
    y = yield from other()
    z = (yield)
    await_ = [(yield i) for i in range(3)]
    return (yield from g())


def returns_star():
    return *a, *b


@property
def decorated(self): return self._value


@functools.lru_cache(maxsize=None)
@staticmethod
def cached(): ...
