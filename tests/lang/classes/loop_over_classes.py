# Class objects in a tuple, looped over and called.
class A:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return 'A(%r)' % self.v


class B(A):
    def __repr__(self):
        return 'B(%r)' % self.v


class C:
    def __init__(self, v):
        self.w = v * 2

    def __str__(self):
        return 'C<%s>' % self.w


for cls in (A, B, C):
    print(cls(1), cls.__name__)
print([cls(2) for cls in (A, B)])
print([str(k(3)) for k in (A, B, C)])
