x = a or b or c and d and not e
x = not not a
x = a if b else c if d else e
x = -a + +b - ~c
x = a ** -b ** c
x = (-a) ** b
x = a * b / c // d % e @ f
x = a + b - c << d >> e & f ^ g | h
x = a < b <= c > d >= e == f != g is h is not i in j not in k
x = await_ if True else None
x = a.b.c(d)[e].f
x = f()()()[0][1]
x = f(a, b, *c, d=1, *e, **f, g=2, **h)
x = f(a for a in b)
x = f(*args)
x = f(**kwargs)
x = f(a)(b)(c)
x = f(x=1, y=2)
x = lambda: 0
x = (y := 10)
x = [y := 1, y ** 2]
x = f(y := 3)
x = items[1:2], items[:], items[::], items[1:], items[:2], items[::3], items[1:2:3]
x = items[1:2, ::3, ...]
x = items[a, b]
x = items[*a]
x = items[()]
x = items[(1, 2)]
x = items[-1]
x = ...
x = None, True, False
x = ()
x = (1,)
x = 1,
x = (1, 2, 3)
x = [1, 2, 3,]
x = []
x = {}
x = {1, 2, 3}
x = {1: 2, 3: 4, **other, 5: 6}
x = {**a, **b}
x = [*a, *b, c]
x = {*a, *b}
x = (*a, *b)
x = *a, *b
x = (a)
x = ((a))
x = (yield)
x = 'a' 'b' "c"
x = a if b else(c)
x = [i for i in range(3)]
x = {i for i in range(3)}
x = {i: j for i, j in pairs}
x = (i for i in range(3))
x = [(i, j) for i in range(3) if i for j in range(i) if j if i != j]
x = [[k for k in j] for j in i]
x = [y for x in data if (y := f(x)) is not None]
x = {(z := k): z for k in keys}
x = [lambda: i for i in range(3)]
x = (
    a
    +
    b
)
x = a.__class__.__name__
x = 1 .real
x = 1.0.imag
x = "".join
x = not a == b
x = a is not None and b not in c
x = f(a)[b](c)
x = a[b:c, d:e]
x = a < (b < c)
x = (a, b) == (c, d)
