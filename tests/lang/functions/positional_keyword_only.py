def f(a, b, /, c, *, d):
    return a, b, c, d
print(f(1, 2, 3, d=4), f(1, 2, c=3, d=4))
for call in [lambda: f(a=1, b=2, c=3, d=4), lambda: f(1, 2, 3, 4), lambda: f(1, 2, 3)]:
    try:
        call()
    except TypeError as e:
        print('TypeError', e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
def h(*, key=None, reverse=False):
    return key, reverse
print(h(), h(reverse=True))
