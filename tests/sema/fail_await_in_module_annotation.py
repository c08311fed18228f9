x: await f()
