# Exception classes held in a table too mixed for the analysis to type
# (their calls bind at run time): raised, caught, their args.
class Base(ArithmeticError):
    pass
class A(Base): pass
class B(Base): pass
class C(Base): pass
class D(Base): pass
class E(Base): pass
class F(Base): pass
class G(Base): pass
class H(Base, ZeroDivisionError): pass
class I(A, B): pass
TABLE = [(1, A), (2, B), (4, C), (8, D), (16, E), (32, F), (64, G), (128, H), (256, I)]
def signal(bits):
    listed = [cls for bit, cls in TABLE if bits & bit]
    for bit, cls in TABLE:
        if bits & bit:
            raise cls(listed)
for bits in (1, 2, 64, 128, 256, 3):
    try:
        signal(bits)
    except ZeroDivisionError as e:
        print("ZeroDivisionError", type(e).__name__, e)
    except ArithmeticError as e:
        print(type(e).__name__, e, e.args)
made = [cls() for _, cls in TABLE] + [cls("x", 2) for _, cls in TABLE[:3]]
print([repr(e) for e in made])
try:
    TABLE[0][1](detail=1)
except TypeError as e:
    print("TypeError", e)
