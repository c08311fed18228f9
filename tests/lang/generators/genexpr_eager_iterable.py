# A generator expression evaluates its first iterable, and calls iter() on
# it, where it is made; the other iterables and the conditions run lazily.
calls = []

def source():
    calls.append('source')
    return [1, 2, 3]

def inner(x):
    calls.append(f'inner {x}')
    return range(x)

it = (x * 2 for x in source())
print(calls)
print(list(it), calls)

calls.clear()
pairs = ((x, y) for x in source() for y in inner(x))
print(calls)
print(next(pairs), calls)

class Counted:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        print('__iter__ called')
        return iter(list(range(self.n)))

g = (v + 1 for v in Counted(3))
print('made')
print(sum(g))

try:
    g = (x for x in 5)
    print('not raised')
except TypeError as e:
    print('TypeError', e)

try:
    g = (x for x in 1 / 0)
    print('not raised')
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)

def outer(values):
    return (v for v in values)
try:
    outer(None)
except TypeError as e:
    print('TypeError', e)
