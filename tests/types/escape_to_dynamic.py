import functools

def square(x):
    return x * x

values = list(map(square, [1, 2, 3]))
# A callee found by a name built at run time is dyn: the lambda escapes to it.
reduce = getattr(functools, "red" + "uce")
total = reduce(lambda acc, v: acc + v, values, 0)
print(values, total)
