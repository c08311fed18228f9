# math.prod, dist and fsum take any iterable of numbers, and imported by
# name they check their arguments as CPython's do.
from math import prod, dist, fsum, comb, perm, isclose
import math

print(prod(range(1, 15)), prod([]), prod([], start=2.5), prod((1.5, 2)))
print(prod(x for x in range(1, 6)), prod({3: "a", 4: "b"}), prod([2, 3], start=10))
print(prod(range(1, 30)), prod([0.5, 4]), prod(range(3), start=2**70), prod({2, 3, 5}))
print(math.fsum(x / 10 for x in range(10)), math.dist([1, 2], (4, 6)), fsum({1.5: 0, 2.25: 1}))
print(dist((0, 0), (3, 4)), comb(5, 2), perm(5), perm(5, 2), isclose(1.0, 1.0 + 1e-10), isclose(1, 1.1, rel_tol=0.2))
for f, args in [(prod, ()), (prod, ([], [])), (comb, (1,)), (perm, ()), (dist, ((1,),))]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
