class O: pass
class A(O):
    def who(self): return 'A'
class B(O):
    def who(self): return 'B'
class C(O):
    def who(self): return 'C'
class D(A, B): pass
class E(B, C):
    def who(self): return 'E>' + super().who()
class F(D, E):
    def who(self): return 'F>' + super().who()
print([k.__name__ for k in F.__mro__])
print(F().who(), E().who(), D().who())
class Base:
    def __init__(self):
        self.log = ['Base']
class L(Base):
    def __init__(self):
        super().__init__()
        self.log.append('L')
class R(Base):
    def __init__(self):
        super().__init__()
        self.log.append('R')
class Diamond(L, R):
    def __init__(self):
        super().__init__()
        self.log.append('Diamond')
print(Diamond().log, [k.__name__ for k in Diamond.mro()])
try:
    class Bad(A, D): pass
except TypeError as e:
    print('TypeError', e)
