def total(*nums):
    return sum(nums), len(nums), type(nums).__name__
print(total(), total(1), total(1, 2, 3), total(*range(5)))
def show(**kw):
    return sorted(kw.items()), list(kw)
print(show(b=1, a=2), show(), show(**{'x': 1}, y=2))
def both(*a, **k):
    return a, k
print(both(1, 2, x=3), both(*'ab', **dict(c=1)))
args = [1, 2]
print(max(*args, 0), print(*args, sep='-'))
print(*[1, 2], *(3,), *'45')
