async def g():
    return lambda: await f()
