# A class used as a decorator: `@Count` makes Count(f), an instance whose
# __call__ runs in place of the function, with state of its own.


class Count:
    def __init__(self, fn):
        self.fn = fn
        self.calls = 0

    def __call__(self, *args):
        self.calls += 1
        return self.fn(*args)


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}

    def __call__(self, n):
        if n not in self.cache:
            self.cache[n] = self.fn(n)
        return self.cache[n]


def shout(fn):
    def wrapper(*args):
        return str(fn(*args)).upper()
    return wrapper


@Count
def add(a, b):
    return a + b


@Memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@shout
@Count
def greet(name):
    return 'hello ' + name


print(add(1, 2), add(3, 4), add.calls, type(add).__name__)
print(fib(80), len(fib.cache))
print(greet('ann'), greet('bob'))
