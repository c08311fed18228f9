def f(y):
    return list((yield x) for x in y)
