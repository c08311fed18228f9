counter = [0]


def next_id():
    counter[0] += 1
    return counter[0]


def make(x, ident=next_id()):
    return x + str(ident)


print(make('a'), make('b'), counter[0])


def compose(f, g):
    return lambda x: f(g(x))


inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
ops = [inc, dbl, lambda x: x - 3]
print([op(10) for op in ops])
table = {'inc': inc, 'dbl': dbl}
print(table['dbl'](21))


def memo(fn):
    cache = {}

    def inner(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    return inner


@memo
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(fib(90))


def repeat(n):
    def deco(fn):
        def run(x):
            return [fn(x) for _ in range(n)]
        return run
    return deco


@repeat(3)
def hello(x):
    return 'hi ' + x


print(hello('bob'))
total = 0


def add(v):
    global total
    total += v
    return total


add(5)
add(7)
print(total)


def outer():
    n = 0

    def a():
        nonlocal n
        n += 1

    def b():
        nonlocal n
        n *= 10
    a()
    b()
    a()
    return n


print(outer())


def adders():
    return [lambda x, i=i: x + i for i in range(3)], [lambda x: x + i for i in range(3)]


early, late = adders()
print([f(10) for f in early], [f(10) for f in late])


def apply_all(fs, v):
    out = []
    for f in fs:
        out.append(f(v))
    return out


print(apply_all([inc, dbl], 7))
fact = lambda n: 1 if n <= 1 else n * fact(n - 1)
print(fact(20))
