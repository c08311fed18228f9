# Attribute stores on values of union type: instances of several classes,
# None (CPython's AttributeError), a class without __slots__ taking a new name.


class NS:
    def _self(self):
        return self


class Other:
    def __init__(self):
        self.k = 1


def work(ns):
    ns._self()
    ns.x = 1
    return ns


def parse(namespace=None):
    if namespace is None:
        return work(NS())
    return work(namespace)


def parse2(namespace=None):
    target = NS() if namespace is None else namespace._self()
    target.y = 2
    return target


print(parse().x, parse2().y, parse(NS()).x)

for target in [NS(), Other(), None]:
    try:
        target.z = 3
        print(type(target).__name__, target.z)
    except AttributeError as e:
        print('AttributeError:', e)
