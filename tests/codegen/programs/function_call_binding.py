def f(a, b=2, *args, c, d=4, **kw):
    return a + b + c + d + len(args) + len(kw)


def g(x, y, /, z=0, *, w):
    return x * y + z + w


def h(p, q, r):
    return p + q + r


def check(label, thunk):
    try:
        print(label, thunk())
    except TypeError as e:
        print(label, 'TypeError:', e)


check(1, lambda: f(1, c=3))
check(2, lambda: f(1, 2, 3, 4, c=5, e=6, d=0))
check(3, lambda: f(1))
check(4, lambda: f())
check(5, lambda: g(1, 2, w=3))
check(6, lambda: g(1, 2, 3, 4))
check(7, lambda: g(x=1, y=2, w=3))
check(8, lambda: g(1, 2, z=1))
check(9, lambda: h(1, 2))
check(10, lambda: h(1))
check(11, lambda: h())
check(12, lambda: h(1, 2, 3, 4))
check(13, lambda: h(1, 2, 3, q=4))
check(14, lambda: h(1, 2, s=3))
check(15, lambda: h(*[1, 2, 3]))
check(16, lambda: h(*[1, 2]))
check(17, lambda: h(1, **{'q': 2, 'r': 3}))
check(18, lambda: h(1, **{'q': 2}))
check(19, lambda: h(1, 2, **{'r': 3, 'p': 0}))
check(20, lambda: f(*(1, 2, 3), **{'c': 9, 'z': 0}))
check(21, lambda: g(1, 2, 3, 4, w=5))
