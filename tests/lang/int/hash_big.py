M = 2 ** 61 - 1
print(hash(0), hash(1), hash(-1), hash(-2), hash(M), hash(M + 1), hash(-M))
print(hash(2 ** 100), hash(-(2 ** 100)), hash(10 ** 30))
print(hash(2 ** 61), hash(2 ** 64 + 5))
print(hash(True), hash(False))
print(hash(1) == hash(1.0), hash(2 ** 70) == hash(float(2 ** 70)))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)))
d = {2 ** 100: 'big', 1: 'one', 1.0: 'float one'}
print(d)
