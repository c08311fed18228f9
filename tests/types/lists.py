xs = [1, 2, 3]
ys = xs + [4]
first = xs[0]
part = xs[1:]
popped = xs.pop()
xs.sort()
n = len(xs)
zs = [0] * 5
idx = xs.index(2)
rev = list(reversed(xs))
print(xs, ys, first, part, popped, n, zs, idx, rev)
