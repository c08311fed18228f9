# Builtins called with keyword arguments where the call is bound at run
# time (through functools.partial's `func(*args, **keywords)`).
from functools import partial
base2 = partial(int, base=2)
print(base2('1011'), partial(int, base=16)('ff'), partial(sorted, reverse=True)([1, 3, 2]))
print(partial(max, default=7)([]), partial(min, key=len)(['abc', 'd', 'ef']), partial(sorted, key=None)([2, 1]))
print(partial(pow, exp=3)(2), partial(round, ndigits=1)(2.345), partial(sum, start=10)([1, 2]))
partial(print, sep='-', end='!\n')(1, 2, 3)
for bad in [partial(sorted, bogus=1), partial(pow, 2, 3, base=3), partial(int, 'z', base=99)]:
    try:
        bad([1]) if bad.func is sorted else bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
