xs = list(range(10))
xs[2:5] = ['a', 'b']
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[1:3]
print(xs)
del xs[::3]
print(xs)
xs[:0] = [-1, -2]
print(xs)
xs[len(xs):] = [99]
print(xs)
ys = [1, 2, 3]
ys[1:2] = []
print(ys)
try:
    ys[::2] = [1, 2, 3]
except ValueError as e:
    print('ValueError', e)
zs = [1, 2, 3, 4]
zs[1:3] = zs
print(zs)
