# Scopes the compiler drops as unreachable still have symbol tables.
def f():
    return 1
    g = lambda: 2
    def h():
        yield 3


def same_line():
    return (lambda: 1), (lambda: 1)
