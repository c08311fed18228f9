# Builtins called with *x: the items are gathered when the call is
# evaluated, then the builtin takes them as if written out.
import sys

bounds = [(10, 0, -3), (4,), (2, 6)]
for t in bounds:
    print(list(range(*t)))
pair = [17, 5]
print(divmod(*pair), pow(*pair), pow(*pair, 7), round(*[2.675, 2]))
xs = [4, 9, 2]
print(max(*xs), min(*xs, 3), max(*xs, 0), max(*[xs]), min(*['pear', 'fig']), max(*'zebra'))
rows = [[1, 2, 3], [4, 5, 6]]
print(list(zip(*rows)), list(zip(*[])), [list(c) for c in zip(*zip(*rows))] == rows)


def numbers():
    print('generating')
    yield 1
    yield 2


print('before', *numbers(), 'after', sep=', ')
print(*[], sep='x')
print(*'ab', *range(2), *(None, True), end='!\n')
print(*xs, file=sys.stdout)
print(list(enumerate('abc', start=10)), list(enumerate([], start=-1)))
print(list(zip('ab', [1, 2], strict=True)), list(zip(strict=False)))
for a, b, c in [([1, 2], [1], [7]), ([1], [1, 2], [7]), ([1], [1], [])]:
    try:
        list(zip(a, b, strict=True)) if c else list(zip(a, b, c, strict=True))
    except ValueError as e:
        print('ValueError', e)
try:
    max(*[5])
except TypeError as e:
    print('TypeError', e)
try:
    divmod(*[1, 2, 3])
except TypeError as e:
    print('TypeError', e)
