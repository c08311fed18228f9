# The first program `make example` compiles and runs: ingot turns it into a
# native executable (cached), with Python's semantics: ints never overflow.
import sys


def is_prime(n):
    if n < 2:
        return False
    d = 2
    while d * d <= n:
        if n % d == 0:
            return False
        d += 1
    return True


def count_primes(limit):
    count = 0
    for n in range(limit):
        if is_prime(n):
            count += 1
    return count


limit = int(sys.argv[1]) if len(sys.argv) > 1 else 100000
print("primes below", limit, ":", count_primes(limit))
print("2 ** 200 =", 2 ** 200)
print("7 // -2 =", 7 // -2, " 7 % -2 =", 7 % -2, " 1 / 3 =", 1 / 3)
