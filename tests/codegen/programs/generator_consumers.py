# Generators consumed by for loops (with break), builtins and other
# generators; infinite generators; close() running finally and except
# GeneratorExit; throw(); a generator raising StopIteration (PEP 479).
def naturals():
    n = 1
    while True:
        yield n
        n += 1


def evens(limit):
    for n in naturals():
        if n > limit:
            return
        if n % 2 == 0:
            yield n


def guarded():
    try:
        yield 'a'
        yield 'b'
    finally:
        print('cleanup')


for n in naturals():
    if n * n > 50:
        print('first square over 50:', n)
        break
print(list(evens(10)), sum(evens(100)), max(evens(9)), any(x > 5 for x in evens(8)))
print(all(x % 2 == 0 for x in evens(20)), sorted(evens(6), reverse=True), tuple(evens(4)))
print(sum(x * x for x in range(10) if x % 3), min(len(w) for w in ['abc', 'de', 'fghi']))
g = guarded()
print(next(g))
g.close()
print('closed')
g.close()
h = guarded()
print(list(h))


def echo():
    while True:
        try:
            got = yield
            print('got', got)
        except ValueError as e:
            print('caught', e)


e = echo()
next(e)
e.send(1)
e.throw(ValueError('bad'))
e.send(2)


def stops():
    yield 1
    raise StopIteration('inner')


try:
    print(list(stops()))
except RuntimeError as err:
    print('RuntimeError:', err, type(err.__cause__).__name__)
