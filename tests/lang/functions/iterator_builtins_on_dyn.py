# map, filter, zip and enumerate over a value of unknown type.
def apply(data, *funcs):
    for f in funcs:
        data = f(data)
    return data
print(apply(range(6), lambda xs: filter(lambda v: v % 2, xs), list))
print(apply([1, 2, 3], lambda xs: map(lambda v: v * 10, xs), list))
print(apply('ab', lambda xs: zip(xs, xs), list))
print(apply((5, 6), lambda xs: enumerate(xs, 1), list))
