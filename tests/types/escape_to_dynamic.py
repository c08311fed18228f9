import functools

def square(x):
    return x * x

values = list(map(square, [1, 2, 3]))
total = functools.reduce(lambda acc, v: acc + v, values, 0)
print(values, total)
