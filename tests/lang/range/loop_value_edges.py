# for-loops over ranges whose values sit at the edges of the ints the
# runtime keeps unboxed (|v| < 2**62), of int64, and beyond: the loop
# variable steps as a machine word only where every value fits.
def values(r, limit=6):
    out = []
    for v in r:
        out.append(v)
        if len(out) == limit:
            break
    return out


small_top = 2**62 - 1
edges = [
    range(small_top - 2, small_top + 3),
    range(-small_top - 3, -small_top + 2),
    range(small_top + 1, small_top - 4, -1),
    range(2**63 - 3, 2**63 + 2),
    range(-2**63 - 2, -2**63 + 3),
    range(0, 2**62, 2**61),
    range(0, 2**63, 2**61 + 7),
    range(2**62 - 5, 2**62 + 20, 4),
    range(10, -10, -7),
    range(5, 5),
    range(5, 0),
    range(0, 10**20, 10**19),
    range(-1, 2),
    range(-2**62, 2**62 - 1, 2**62 - 1),
    range(2**62 - 1, -2**62, -2**62),
    range(2**62 - 1, -2**62 - 1, -(2**62 - 1)),
]
for r in edges:
    vs = values(r)
    print(r, vs, [v - r.start for v in vs], sum(vs))

total = 0
for i in range(small_top - 100, small_top + 1):
    total += i - small_top
print(total)
for i in range(small_top, small_top + 1):
    i += 1
    print(i, i - 2**62)
n = 0
for i in range(3):
    for j in range(i, -1, -1):
        n = n * 10 + j
print(n)
for step in (1, 2, 3, 2**61, -2**61, 2**62, -2**62, 2**63):
    print(step, values(range(-2**62, 2**62, step), 3), values(range(2**62, -2**62, step), 3))
