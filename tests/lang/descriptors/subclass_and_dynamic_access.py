# A counting data descriptor read through a base and its subclass, a
# list of both, getattr/hasattr/setattr with constant and run-time names.


class Counted:
    def __init__(self):
        self.reads = 0

    def __get__(self, obj, objtype=None):
        self.reads += 1
        if obj is None:
            return self
        return obj._v

    def __set__(self, obj, value):
        obj._v = value


class A:
    v = Counted()

    def __init__(self, v):
        self.v = v


class B(A):
    def double(self):
        return self.v * 2


items = [A(1), B(2), A(3)]
total = 0
for it in items:
    total += it.v
print(total, B(5).double(), A.v.reads)
print(getattr(items[1], "v"), hasattr(items[0], "v"))
name = "v"
setattr(items[0], name, 40)
print(getattr(items[0], name), items[0].v)
