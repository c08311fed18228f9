class Counter:
    def __init__(self):
        self.calls = 0
    def __call__(self, step=1, *, label='n'):
        self.calls += step
        return '%s=%d' % (label, self.calls)
c = Counter()
print(c(), c(5), c(label='total'), c.calls, callable(c))
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x):
        return x + self.n
fs = [Adder(1), Adder(10)]
print([f(5) for f in fs], list(map(Adder(100), [1, 2])))
