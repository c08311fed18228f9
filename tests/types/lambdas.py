pairs = [(2, "b"), (1, "a")]
by_num = sorted(pairs, key=lambda p: p[0])
squares = list(map(lambda x: x * x, range(5)))
odd = list(filter(lambda x: x % 2, range(5)))
best = max(pairs, key=lambda p: p[1])
compose = lambda f, g: lambda x: f(g(x))
inc = lambda x: x + 1
twice = compose(inc, inc)
print(by_num, squares, odd, best, twice(1))
