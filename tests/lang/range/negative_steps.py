for args in [(10, 0, -1), (10, 0, -3), (-1, -10, -2), (0, 10, -1), (5, -5, -5)]:
    r = range(*args)
    print(args, list(r), len(r), r[0] if r else None)
r = range(20, 2, -4)
print(r[1:3], list(r[1:3]), r[::2], list(r[::-1]), 8 in r, 9 in r)
