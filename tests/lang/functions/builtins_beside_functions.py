# Builtins and the program's functions flowing into one variable, one
# parameter or one attribute, called with plain, keyword and * arguments.
from concurrent.futures import ThreadPoolExecutor


def slow(x, y=1):
    return x * 10 + y


class Scaler:
    def __init__(self, k):
        self.k = k

    def scale(self, x, y):
        return (x + y) * self.k


def apply(f, *args, **kw):
    return f(*args, **kw)


class Job:
    def __init__(self, fn, args):
        self.fn = fn
        self.args = args

    def run(self):
        return self.fn(*self.args)


for f in [pow, slow]:
    print(f(2, 3), f(*(3, 2)))
for g in [max, Scaler(2).scale]:
    print(g(4, 5), g(*[1, 2]))
for h in [pow, slow]:
    print(h(2, exp=5) if h is pow else h(2, y=5))
print(apply(pow, 2, 10), apply(slow, 3), apply(pow, 3, exp=2), apply(slow, 1, y=2))
print([job.run() for job in [Job(pow, (2, 8)), Job(slow, (4,))]])
print(pow(2, exp=3), pow(base=3, exp=3))
with ThreadPoolExecutor(max_workers=2) as pool:
    a = pool.submit(pow, 2, 10)
    b = pool.submit(slow, 3)
    print(a.result(), b.result())
