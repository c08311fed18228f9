class A:
    def __eq__(self, other):
        print('A.__eq__')
        return NotImplemented
class B:
    def __eq__(self, other):
        print('B.__eq__')
        return NotImplemented
print(A() == B())
print(A() != B())
class Num:
    def __init__(self, v): self.v = v
    def __lt__(self, other):
        if isinstance(other, Num):
            return self.v < other.v
        return NotImplemented
print(Num(1) < Num(2), Num(3) > Num(2))
try:
    Num(1) < 5
except TypeError as e:
    print('TypeError', e)
class Str2:
    def __str__(self): return 'S'
print('%s' % Str2(), str(Str2()) + '!', '{}'.format(Str2()))
