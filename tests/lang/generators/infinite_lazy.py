def naturals():
    n = 1
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals():
        if n > 1 and all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
p = primes()
print([next(p) for _ in range(25)])
def take(n, it):
    return [x for _, x in zip(range(n), it)]
print(take(5, (x * x for x in naturals())), take(3, map(str, naturals())))
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))), max(collatz(27)))
