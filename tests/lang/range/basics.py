print(list(range(5)), list(range(2, 8)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
r = range(0, 100, 7)
print(r, len(r), r[3], r[-1], r[2:5], r[::-1], 21 in r, 22 in r, r.index(49), r.count(7))
print(range(3) == range(0, 3, 1), range(0) == range(5, 5), repr(range(1, 5, 2)))
print(sum(range(1, 101)), list(reversed(range(4))), max(range(-5, 5)))
big = range(10 ** 20)
print(len(range(0, 10 ** 6, 3)), big[-1], 10 ** 19 in big, range(-10, 10 ** 30, 7)[10 ** 20])
try:
    range(1, 2, 0)
except ValueError as e:
    print('ValueError', e)
try:
    range(3)[5]
except IndexError as e:
    print('IndexError', e)
try:
    range(1.5)
except TypeError as e:
    print('TypeError', e)
