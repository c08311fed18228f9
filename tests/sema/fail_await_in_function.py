def g():
    return await f()
