# next() with and without a default, StopIteration's value, send(), lazy
# start, yield from's result, generator expressions over cells.
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
    return 'counted %d' % n


def lazy():
    print('started')
    got = yield 1
    print('resumed with', got)
    yield 2
    print('finished')


def delegate(n):
    result = yield from count_up(n)
    print('inner returned', result)
    yield -1


def scaled(xs, factor):
    return (x * factor for x in xs if x != factor)


g = count_up(3)
print(next(g), next(g), next(g), next(g, 'exhausted'), next(g, 'again'))
h = lazy()
print('created')
print(next(h))
print(h.send('hello'))
print(next(h, 0))
d = delegate(2)
print(next(d), next(d), next(d), next(d, 'end'))
s = scaled([1, 2, 3, 4], 2)
print(next(s), next(s), next(s), next(s, None))
c = count_up(1)
next(c)
try:
    next(c)
except StopIteration as e:
    print('value', e.value)
print(next(c))
