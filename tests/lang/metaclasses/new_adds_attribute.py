class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["added"] = 1
        return super().__new__(mcs, name, bases, ns)


class C(metaclass=Meta):
    pass


class D(C):
    added = 5


print(C.added, D.added, C().added)
