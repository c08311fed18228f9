from functools import reduce, partial
def compose(*fs):
    return reduce(lambda f, g: lambda x: f(g(x)), fs)
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5), compose(inc, inc, inc)(0))
print(reduce(lambda acc, x: acc * 10 + x, [1, 2, 3], 0), reduce(max, [3, 9, 2]))
base2 = partial(int, base=2)
print(base2('1011'), partial(max, 0)(-5, -1), partial(sorted, reverse=True)([1, 3, 2]))
def curry(f):
    return lambda a: lambda b: f(a, b)
print(curry(pow)(2)(10))
