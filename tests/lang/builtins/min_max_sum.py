print(min(3, 1, 2), max([4, 9, 2]), min('hello'), max('abc', 'abd'), min([[2], [1, 5]]))
print(max([], default='empty'), min((), default=None), max([1, 5, 3], key=lambda x: -x), min(['bb', 'a', 'ccc'], key=len))
print(max([('a', 3), ('b', 5), ('c', 5)], key=lambda t: t[1]), min(1, 2.0), max(2, 2.0), max(2.0, 2))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([0.1] * 3), sum([[1], [2]], []), sum(()), sum([True, True]))
print(sum(range(10 ** 6)), sum([2 ** 64, 2 ** 64]), sum([1, 2.5, 3]))
for bad in [lambda: max([]), lambda: min(), lambda: sum(['a', 'b'], ''), lambda: max(1, 'a')]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
