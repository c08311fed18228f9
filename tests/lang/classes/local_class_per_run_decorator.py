# A decorator that defines a wrapper class on each call: every decorated
# function gets its own class, whose methods call that function.


def traced(label):
    def decorate(fn):
        class Wrapper:
            calls = 0

            def __call__(self, *args):
                Wrapper.calls += 1
                return f"{label}:{fn(*args)}"

            def name(self):
                return fn.__name__

        return Wrapper()

    return decorate


@traced("sq")
def square(x):
    return x * x


@traced("neg")
def negate(x):
    return -x


print(square(3), negate(4), square(5))
print(square.name(), negate.name())
print(type(square) is type(negate), type(square).__qualname__)
print(type(square).calls, type(negate).calls)
print(isinstance(square, type(negate)), isinstance(square, type(square)))


def memo(fn):
    class Memo:
        def __init__(self):
            self.cache = {}

        def __call__(self, n):
            if n not in self.cache:
                self.cache[n] = fn(n)
            return self.cache[n]

    return Memo()


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@memo
def tri(n):
    return n if n < 2 else tri(n - 1) + n


print(fib(30), tri(30), len(fib.cache), len(tri.cache))
