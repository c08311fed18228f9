def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def pairs(xs):
    for i, x in enumerate(xs):
        yield i, x

def chain(a, b):
    yield from a
    yield from b

total = 0
for k in count_up(5):
    total += k
ps = list(pairs(["x", "y"]))
both = list(chain([1], [2.5]))
g = count_up(3)
first = next(g)
print(total, ps, both, first)
