xs = [1, 2]
xs *= 3
print(xs)
xs.extend(range(3))
xs.extend('ab')
xs.extend({'k': 1})
print(xs)
xs[1:1] = [[9]]
print(xs, len(xs))
ys = xs * 0
print(ys, [None] * 3, [1, 2] * -1)
zs = []
zs += 'cd'
print(zs)
try:
    zs + 'ef'
except TypeError as e:
    print('TypeError', e)
