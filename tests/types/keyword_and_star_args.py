def total(*nums):
    s = 0
    for n in nums:
        s += n
    return s

def options(**kw):
    return kw

def mixed(a, *rest, sep=",", **extra):
    return sep.join([str(a)] + [str(r) for r in rest])

t = total(1, 2, 3)
o = options(x=1, y=2)
m = mixed(1, 2, 3, sep=";", flag=True)
args = [4, 5]
t2 = total(*args)
print(t, o, m, t2)
