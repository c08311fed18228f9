import math
xs = [1e16, 1.0, -1e16, 3.14]
print(sum(xs), math.fsum(xs))
print(sum([0.1] * 10) == 1.0, math.fsum([0.1] * 10) == 1.0)
tot = 0.0
c = 0.0
for x in [0.1] * 100:
    y = x - c
    t = tot + y
    c = (t - tot) - y
    tot = t
print(tot, 0.1 * 100)
print(1.1 * 1.1, 1.1 ** 2, 0.1 * 0.1, 1 / 10, 1e-5 * 3, 2.0 ** 0.5 * 3)
