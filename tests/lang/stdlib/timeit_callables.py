# timeit with callables: how often the statement and setup run, and the
# results' shapes (times themselves are not printed).
import timeit

calls = []


def stmt():
    calls.append(1)


def setup():
    calls.append(0)


t = timeit.Timer(stmt, setup)
taken = t.timeit(number=1000)
print(type(taken).__name__, taken >= 0, calls.count(1), calls.count(0))
runs = t.repeat(repeat=3, number=10)
print(len(runs), all(x >= 0 for x in runs), calls.count(1), calls.count(0))
print(timeit.timeit(stmt, number=5) >= 0, len(timeit.repeat(stmt, repeat=2, number=3)), calls.count(1))
print(timeit.timeit(number=100) >= 0, timeit.Timer().timeit(10) >= 0)
ticks = iter(range(100))
fake = timeit.Timer(stmt, timer=lambda: float(next(ticks)))
print(fake.timeit(number=4), fake.repeat(repeat=2, number=1))
counted = []
number, seconds = timeit.Timer(stmt, timer=lambda: float(len(calls)) / 100).autorange(lambda n, s: counted.append(n))
print(number, counted)
try:
    timeit.Timer(42)
except ValueError as e:
    print('ValueError', e)
