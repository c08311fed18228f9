# The class object of a class with a metaclass is an instance of it.
class Meta(type):
    pass


class SubMeta(Meta):
    pass


class A(metaclass=Meta):
    pass


class B(A):
    pass


class C(B, metaclass=SubMeta):
    pass


class Plain:
    pass


print(type(A) is Meta, type(B) is Meta, type(C) is SubMeta)
print(type(A), type(C), A.__class__, C.__class__)
print(isinstance(A, Meta), isinstance(C, Meta), isinstance(A, SubMeta), isinstance(Plain, Meta))
print(isinstance(A, type), isinstance(A(), Meta), isinstance(C(), A))
print(issubclass(SubMeta, Meta), issubclass(Meta, type), type(Plain) is type)
print(type(B).__name__, type(C).__mro__)
