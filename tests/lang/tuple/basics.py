t = (1, 'two', 3.0, None, (4, 5))
print(t, len(t), t[1], t[-1][0], t[1:3], t[::-1], (), (1,), tuple('ab'), tuple([1, 2]))
print(t.count(1), t.index(3.0), 3.0 in t, (1, 2) + (3,), (0,) * 3)
a, b, *rest = t
print(a, b, rest)
x, y = 1, 2
x, y = y, x
print(x, y)
print(hash((1, 2, 3)) == hash((1, 2, 3)), (1, 2) == (1, 2), (1, 2) < (1, 3), (1, 2) < (1, 2, 0))
try:
    t[0] = 5
except TypeError as e:
    print('TypeError', e)
