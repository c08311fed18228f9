a = (1, 2.0, 'x', (None, True))
b = (1, 2, 'x', (None, 1))
print(a == b, hash(a) == hash(b), len({a, b}), {a: 'first'}[b])
print(hash((1, 2)) != hash((2, 1)), (1, 2) + () is not None, tuple() == (), (1,) * 0 == ())
t = ([1], 2)
t[0].append(3)
print(t)
try:
    hash(t)
except TypeError as e:
    print('TypeError', e)
