# error: 8:1: a metaclass defining __new__
class Meta(type):
    def __new__(mcs, name, bases, ns):
        ns["added"] = 1
        return super().__new__(mcs, name, bases, ns)


class C(metaclass=Meta):
    pass


print(C.added)
