f = lambda: None
f = lambda a: a
f = lambda a, b=1: a + b
f = lambda a, /: a
f = lambda a, b=2, /, c=3: a
f = lambda *args: args
f = lambda **kwargs: kwargs
f = lambda *, key: key
f = lambda *, key=1, other: key
f = lambda a, /, b, *args, c, d=4, **kwargs: (a, b, args, c, d, kwargs)
f = lambda a=1, /, b=2, *, c=3: 0
f = lambda x: lambda y: x + y
f = lambda: (yield)
f = lambda x=lambda: 0: x()
f = (lambda: 1)()
f = lambda: [x for x in range(3)]
f = lambda: (x := 1)
f = lambda *a, **k: f(*a, **k)
