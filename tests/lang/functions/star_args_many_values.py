# Calls whose arguments are collected at run time (f(*xs, **m), and a
# method dispatched on a `float | None` argument), with few and with many
# values: the collected list keeps its first values in place and moves
# them once it grows past that, keywords' values after the positional ones.


def total(*args, scale=1, **named):
    return sum(args) * scale, sorted(named.items())


def pick(a, b, c=3, *rest, key=None, **extra):
    return a, b, c, rest, key, sorted(extra.items())


for n in range(0, 14):
    xs = list(range(n))
    print(n, total(*xs), total(*xs, scale=2), total(*xs, **{'w': n, 'v': -n}))

for n in range(2, 12):
    xs = [i * 10 for i in range(n)]
    print(pick(*xs), pick(*xs, key='k', z=1, y=2))
    print(pick(1, *xs, **{'key': n, 'q': 0}))


class Vec:
    def __init__(self, x):
        self.x = x

    def __mul__(self, k):
        if k is None:
            return Vec(0.0)
        return Vec(self.x * k)


def scale(v, t):
    return v * t


ts = [1.5, None, 2.0, None, 0.25]
acc = 0.0
for i in range(200):
    acc += scale(Vec(float(i)), ts[i % len(ts)]).x
print(acc)

try:
    pick(*range(1))
except TypeError as e:
    print('TypeError', e)
try:
    pick(*range(9), a=1)
except TypeError as e:
    print('TypeError', e)
