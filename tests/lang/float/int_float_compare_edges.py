# int against float with all six operators, both ways round, at the edges
# where a double stops holding every int exactly (2**53) and for NaN/inf.
import sys

base = len(sys.argv)  # 1: keeps the values out of constant folding
ints = [0, base, -base, 2 ** 53 - base, 2 ** 53, 2 ** 53 + base, -(2 ** 53) - base, 2 ** 62 - base, 2 ** 64 + base]
floats = [0.0, -0.0, 1.0, 0.5, float(2 ** 53), 9007199254740993.0, 2.0 ** 62, float('nan'), float('inf'), -float('inf')]
for i in ints:
    row = []
    for f in floats:
        row.append('%d%d%d%d%d%d' % (i == f, i != f, i < f, i <= f, i > f, i >= f))
        row.append('%d%d%d%d%d%d' % (f == i, f != i, f < i, f <= i, f > i, f >= i))
    print(i, ' '.join(row))
x = 0.1 * base
print(x > 0, 0 < x, x < 0, x == 0, -x < 0, x >= 1)
