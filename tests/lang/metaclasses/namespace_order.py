# The namespace a metaclass's __init__ receives: __module__ and
# __qualname__, the docstring, then the body's names as it binds them.
class Meta(type):
    def __init__(cls, name, bases, ns):
        print(name, list(ns))
        print(ns["__qualname__"], ns["__module__"], "helper" in ns, len(ns))


class Thing(metaclass=Meta):
    """A thing."""
    zeta = 1
    alpha = 2

    def helper(self):
        return self.zeta

    beta = zeta + alpha


print(Thing().helper(), Thing.beta)
