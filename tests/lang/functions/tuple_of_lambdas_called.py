# A tuple of different functions, iterated and called: more of them than a
# union holds, so each item is called through its boxed entry.
steps = (lambda x: x + 1, lambda x: x * 2, lambda x: x - 3, lambda x: x // 2, lambda x: -x)
for step in steps:
    print(step(10))
print([g(3) for g in steps])


def twice(n):
    return 2 * n


mixed = (twice, len, lambda s: s * 2, str.upper, abs, round)
for f, arg in zip(mixed, (4, 'abc', 'ab', 'q', -5, 2.5)):
    print(f(arg))
