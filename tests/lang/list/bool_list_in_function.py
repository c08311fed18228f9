# A list[bool] local: its empty placeholder must not be taken for a
# one-item initializer list.
def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    for i in range(2, n + 1):
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
    return [i for i, f in enumerate(flags) if f]
def bits(n):
    out = [n & 1 == 1]
    while n > 1:
        n >>= 1
        out.append(n & 1 == 1)
    return out
print(sieve(50), bits(10), bits(1))
