class Logger:
    print = print
    len = len

    def show(self, x):
        self.print("show", x, self.len([1, 2]))


Logger().show(1)

try:
    raise ValueError("v")
except ValueError as e:
    print = print
    print("caught", e)


def f():
    try:
        int("x")
    except ValueError:
        len = len
    return 0
try:
    f()
except UnboundLocalError as e:
    print("unbound", e)
