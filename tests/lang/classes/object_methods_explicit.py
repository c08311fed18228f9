# object's own methods called explicitly, past the class's overrides.
class A:
    def __init__(self):
        object.__init__(self)
        self.x = 1
        self.y = 2

    def __delattr__(self, name):
        print("deleting", name)
        object.__delattr__(self, name)

    def __repr__(self):
        return "A" + object.__repr__(self)[:10]

    def __str__(self):
        return "str of " + object.__str__(self)

    def __eq__(self, other):
        return object.__eq__(self, other)

    def __hash__(self):
        return object.__hash__(self) + 1


class B:
    def __init__(self):
        self.z = 3

    def __delattr__(self, name):
        print("B deleting", name)
        super().__delattr__(name)


a = A()
del a.x
print(hasattr(a, "x"), a.y)
name = "y"
object.__delattr__(a, name)
print(hasattr(a, "y"))
print(repr(a), str(a))
print(a == a, a == A(), a != a)
print(hash(a) == object.__hash__(a) + 1)
print(object.__getattribute__(B(), "z"))
b = B()
del b.z
print(hasattr(b, "z"))
try:
    object.__init__(a, 1)
except TypeError as e:
    print("TypeError:", e)
