r = range(-(10 ** 30), 10 ** 30, 10 ** 28)
print(len(r), r[0], r[-1], r[100], 0 in r, 10 ** 28 + 1 in r)
print(range(2 ** 64)[2 ** 63], len(range(0, 2 ** 64, 2 ** 32)))
try:
    len(range(2 ** 64))
except OverflowError as e:
    print('OverflowError', e)
print(range(2 ** 64)[-1] == 2 ** 64 - 1, reversed(range(3)).__class__.__name__)
