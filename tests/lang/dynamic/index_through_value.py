xs = [10, 20, 30]
t = (1, 2, 3)
k = None
for v in [1, 2, None]:
    k = v
    if k is not None:
        print(xs[k], t[k], range(5)[k])
mixed = [0, 'a', True]
for m in mixed:
    try:
        print(xs[m])
    except TypeError as e:
        print('TypeError', e)
    try:
        print(t[m])
    except TypeError as e:
        print('TypeError', e)
big = [2 ** 70, 1]
for b in big:
    try:
        print(xs[b])
    except IndexError as e:
        print('IndexError', e)
xs[mixed[2]] = 99
print(xs)
