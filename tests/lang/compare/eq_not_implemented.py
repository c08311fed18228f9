# __eq__ and the orderings returning NotImplemented: the other operand's
# reflected dunder answers, then identity (==, !=) or TypeError (<, ...).
class A:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('  A.__eq__', type(other).__name__)
        if isinstance(other, A):
            return self.v == other.v
        return NotImplemented

    def __lt__(self, other):
        print('  A.__lt__', type(other).__name__)
        if isinstance(other, A):
            return self.v < other.v
        return NotImplemented


class B:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        print('  B.__eq__', type(other).__name__)
        if isinstance(other, (A, B)):
            return self.v == other.v
        return NotImplemented

    def __gt__(self, other):
        print('  B.__gt__', type(other).__name__)
        if isinstance(other, A):
            return self.v > other.v
        return NotImplemented


class Declines:
    def __eq__(self, other):
        return NotImplemented


class A2(A):
    def __eq__(self, other):
        print('  A2.__eq__', type(other).__name__)
        return True


class A3(A):
    def __eq__(self, other):
        print('  A3.__eq__', type(other).__name__)
        return NotImplemented


a, b, d = A(1), B(1), Declines()
print(a == b, b == a, a != b, b != a)
print(a == d, d == a, d == d, d != d, a == a)
print(a < b, b > a)
try:
    print(b < a)
except TypeError as e:
    print('TypeError', e)
try:
    print(d < a)
except TypeError as e:
    print('TypeError', e)
print(a == A2(5), A2(5) == a, a != A2(5), A2(5) != a)
print(a != A3(1), a != A3(2), A3(1) != a, a == A3(1))

# The same through values of unknown type.
vals = [a, b, d, A(2), B(2), 1, 'x', None]
for x in vals:
    print(type(x).__name__, [x == y for y in vals])
print(b in [a], a in [b], d in [d], vals.index(B(2)), vals.count(A(1)))
boxed = [A(3), B(3)]
for x in boxed:
    for y in boxed:
        try:
            print(x < y)
        except TypeError as e:
            print('TypeError', e)
