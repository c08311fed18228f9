# vars(obj) and obj.__dict__ list the attributes in the order they were
# first stored, whatever order the program reads them in.


class NS:
    def __init__(self, **kw):
        for k, v in kw.items():
            setattr(self, k, v)

    def __eq__(self, other):
        return vars(self) == vars(other)


ns = NS()
for name in ['zeta', 'alpha', 'mid']:
    setattr(ns, name, len(name))
print(vars(ns), ns.__dict__)
print(ns.zeta, ns.alpha)
ns.alpha = 10
print(vars(ns))
del ns.zeta
ns.beta = 4
ns.zeta = 5
print(vars(ns), ns.zeta, ns.beta)
delattr(ns, 'alpha')
print(vars(ns), hasattr(ns, 'alpha'))
ns2 = NS(mid=1, a=2, zeta=3)
print(vars(ns2), ns2 == NS(mid=1, a=2, zeta=3), ns2 == NS(a=2))


class G(NS):
    def __getattr__(self, name):
        raise AttributeError("'G' object has no attribute %r" % name)


g = G(q=1, alpha=2)
g.zeta = 3
print(vars(g), g.alpha, g.zeta)
try:
    print(g.nope)
except AttributeError as e:
    print(e)


class P:
    def __init__(self):
        self.b = 1
        self.a = 2


print(vars(P()))
