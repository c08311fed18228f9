def f(y):
    return {(yield x) for x in y}
