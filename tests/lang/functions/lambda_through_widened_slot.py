# A function value stored where the stored type later widens to dyn (an
# attribute that first holds a lambda, then other kinds of values) is still
# callable through the dyn value, whichever code widened the slot.
import functools
import itertools


class Holder:
    def __init__(self, fn):
        self.fn = fn

    def apply(self, x):
        return self.fn(x) if callable(self.fn) else self.fn


words = ["apple", "avocado", "banana", "cherry", "cranberry", "date"]
for letter, group in itertools.groupby(words, key=lambda w: w[0]):
    print(letter, list(group))


@functools.lru_cache(maxsize=None)
def double(n):
    return n * 2


print(double(21), double(21), double.cache_info().hits)
holders = [Holder(lambda x: x + 1), Holder(str.upper), Holder(3), Holder(None), Holder(double)]
print([h.apply(4) if i != 1 else h.apply("ab") for i, h in enumerate(holders)])
by_length = {k: [w for w in g] for k, g in itertools.groupby(sorted(words, key=len), key=len)}
print(by_length)
ops = [lambda a, b: a + b, lambda a, b: a * b, max]
print([functools.reduce(op, [3, 4, 5]) for op in ops])
