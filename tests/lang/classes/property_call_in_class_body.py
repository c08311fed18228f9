# x = property(fget, fset, fdel, doc) in a class body, keywords and lambdas too;
# `del get_x` after it leaves the property working.
class C:
    def __init__(self):
        self._x = 0
    def get_x(self):
        "x doc from getter"
        return self._x
    def set_x(self, v):
        self._x = v * 2
    def del_x(self):
        print("del")
    x = property(get_x, set_x, del_x, "the x")
    y = property(get_x)
    z = property(fget=lambda self: self._x + 1, doc="zed")
    del get_x
class D(C):
    pass
c = C()
c.x = 5
print(c.x, c.y, c.z)
del c.x
print(C.x.__doc__, C.y.__doc__, C.z.__doc__)
try:
    c.y = 3
except AttributeError as e:
    print("AttributeError:", e)
d = D()
d.x = 7
print(d.x, d.y, hasattr(C, "get_x"), c.set_x(1), c.x)
