a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
xs = [5, 6, 7]
xs[0], xs[2] = xs[2], xs[0]
print(xs)
i = 0
i, xs[i] = 2, 'changed'
print(i, xs)
x = y = z = (1, 2)
print(x is y is z, x)
