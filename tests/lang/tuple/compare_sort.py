rows = [(2, 'b', 1.5), (1, 'z', 0.0), (2, 'a', 9.9), (1, 'z', -1.0)]
print(sorted(rows), max(rows), min(rows))
print((1, 2, 3) > (1, 2), (1, 'a') < (1, 'b'), (0,) < (0, 0), () == (), (1,) == (1.0,))
print(sorted(rows, key=lambda r: r[2]))
try:
    (1, 'a') < (1, 2)
except TypeError as e:
    print('TypeError', e)
