# A classmethod called on more subclasses than the analysis specialises
# for: the calls past those share one specialisation, which must still see
# the class it was called on.
class Base:
    registry = []

    @classmethod
    def make(cls, v):
        obj = cls()
        obj.v = v
        cls.registry.append(cls.__name__)
        return obj

    @classmethod
    def name(cls):
        return cls.__name__

    def kind(self):
        return 'base'

    def __repr__(self):
        return type(self).__name__ + '(' + repr(self.v) + ')'


class A(Base): pass
class B(Base): pass
class C(Base): pass
class D(Base): pass
class E(Base):
    def kind(self):
        return 'e'
class F(A): pass


print(A.name(), B.name(), C.name(), D.name(), E.name(), F.name(), Base.name())
print(A.make(1), B.make(2), C.make(3), D.make(4), E.make(5), F.make(6), Base.make(7))
print(E.make('x').kind(), F.make(None).kind(), isinstance(F.make(0), A))
print(Base.registry)
