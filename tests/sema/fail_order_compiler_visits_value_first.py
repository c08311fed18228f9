def f():
    (yield)[0] = await g()
