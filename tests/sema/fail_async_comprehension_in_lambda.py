async def f():
    return lambda y: [x async for x in y]
