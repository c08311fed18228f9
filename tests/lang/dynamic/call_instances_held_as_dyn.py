# Instances with __call__ called through a dyn value (a list of many kinds
# of callables), with positional and star arguments.
class Releaser:
    def __init__(self, name):
        self.name = name

    def __call__(self, x, *rest, flag=False):
        print("released", self.name, x, rest, flag)
        return len(rest)


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


def plain(x):
    print("plain", x)
    return x


counter = Counter()
callbacks = [plain, Releaser("a"), counter, len, 1.5, "s", None]
print(callbacks[0]("p"))
print(callbacks[1]("q"))
print(callbacks[1](1, 2, 3))
args = (7, 8)
print(callbacks[1](*args))
print(callbacks[2](), callbacks[2](), counter.calls)
for cb in callbacks[3:]:
    try:
        print(cb([1, 2]))
    except TypeError as e:
        print("TypeError:", e)
