def f():
    def g():
        nonlocal a, b
        nonlocal b
    return g
