def f(a, /, b, *, c, a=1):
    pass
