def show(**kw):
    return list(kw.items())
print(show(z=1, a=2, m=3))
def f(a, b, c):
    return a, b, c
print(f(c=3, a=1, b=2), f(1, c=3, b=2), f(*(1, 2), c=3), f(**{'b': 2, 'c': 3, 'a': 1}))
calls = []
def arg(v):
    calls.append(v)
    return v
f(arg(1), c=arg(3), b=arg(2))
print(calls)
