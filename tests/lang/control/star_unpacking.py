a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*a, = 'xyz'
print(a)
head, *tail = range(1)
print(head, tail)
first, second, *rest = (10, 20)
print(first, second, rest)
print([*range(3), *'ab', *[None]], (*[1, 2], 3), {*[1, 1], 2}, {**{'a': 1}, 'b': 2})
def f(*args):
    return args
print(f(*[1, 2], 3, *(4,)))
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
(p, q), *r = (1, 2), 3, 4
print(p, q, r)
try:
    x, *y, z = [1]
except ValueError as e:
    print('ValueError', e)
