def f():
    x = yield a for a in b
