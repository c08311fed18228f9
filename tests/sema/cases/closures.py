# Cells, free variables, and free names passing through scopes that do not
# mention them.
def counter():
    count = 0

    def increment(step=1):
        nonlocal count
        count += step
        return count

    def read():
        return count

    return increment, read


def outer(a):
    def middle():
        def inner():
            return a + b
        return inner
    b = 2
    return middle


def shadow(x):
    def f(x):
        return x
    return f


def through_class(v):
    class Holder:
        def get(self):
            return v
    return Holder


def deleted():
    x = 1
    def g():
        return x
    del x
    return g


def parameter_cell(p, *rest, **options):
    return lambda: (p, rest, options)


def global_and_free():
    global config
    config = 1
    def use():
        return config
    return use
