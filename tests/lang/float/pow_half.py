# x ** 0.5 is libm's pow in CPython, which is not always sqrt(x): the
# compiled program must give the same double for every x, near-midpoint
# roots included, and CPython's special cases (-0.0, inf, nan, 0.0 ** -0.5).
import math
import random
import struct

random.seed(11)


def bits_to_float(n):
    return struct.unpack('d', n.to_bytes(8, 'little'))[0]


special = [0.0, -0.0, 1.0, 4.0, 2.0, 0.5, 0.25, 1e-300, 1e300, 5e-324, 2.2250738585072014e-308,
           1.7976931348623157e308, math.inf, math.nan, 2.0 ** 900, 2.0 ** -900, 2.0 ** 901, 3.0 * 2.0 ** -901]
for x in special:
    print(repr(x), repr(x ** 0.5))

# Roots of random doubles: about one in 1200 gives a double where pow and
# sqrt differ, so these cover the fallback to pow many times.
checksum = 0
differing = 0
for _ in range(15000):
    x = abs(bits_to_float(random.getrandbits(64)))
    if x != x:
        continue
    r = x ** 0.5
    checksum = (checksum * 1000003 + struct.unpack('q', struct.pack('d', r))[0]) % (1 << 61)
    if r != math.sqrt(x):
        differing += 1
print(checksum, differing > 0)

# The same through a variable exponent, and nbody's d2 * d2 ** 0.5.
half = 0.5
total = 0.0
for i in range(1, 500):
    d2 = i * 0.37 + 1.0 / i
    total += 0.01 / (d2 * d2 ** half)
print(repr(total))

try:
    print(0.0 ** -0.5)
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
