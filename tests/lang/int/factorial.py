import math


def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r


f = fact(100)
print(f)
print(f == math.factorial(100))
print(sum(int(c) for c in str(f)))
print(len(str(fact(300))))
print(fact(25) // fact(23))
print(math.comb(100, 50), math.perm(20, 5))
