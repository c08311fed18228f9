def g():
    yield 1
gen = g()
import inspect
print(inspect.getgeneratorstate(gen))
next(gen)
print(inspect.getgeneratorstate(gen))
list(gen)
print(inspect.getgeneratorstate(gen))
def reentrant():
    yield next(me)
me = reentrant()
try:
    next(me)
except ValueError as e:
    print('ValueError', e)
def locals_kept():
    x = 0
    while True:
        x += 10
        yield x
lk = locals_kept()
print(next(lk), next(lk), next(lk))
gens = [locals_kept() for _ in range(3)]
print([next(gg) for gg in gens], next(gens[0]))
