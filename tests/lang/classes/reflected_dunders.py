class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return 'Money(%d)' % self.cents
    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        return NotImplemented
    def __radd__(self, other):
        print('radd with', type(other).__name__)
        return self.__add__(other)
    def __rsub__(self, other):
        return Money(other - self.cents)
    def __rtruediv__(self, other):
        return other / self.cents
    def __rfloordiv__(self, other): return other // self.cents
    def __rmod__(self, other): return other % self.cents
    def __rpow__(self, other): return other ** self.cents
    def __rlshift__(self, other): return other << self.cents
    def __rand__(self, other): return other & self.cents
    def __ror__(self, other): return other | self.cents
    def __rxor__(self, other): return other ^ self.cents
    def __rrshift__(self, other): return other >> self.cents
    def __rmatmul__(self, other): return 'rmatmul'
    def __rdivmod__(self, other): return divmod(other, self.cents)
m = Money(5)
print(m + 3, 3 + m, m + m, sum([Money(1), Money(2)], Money(0)), sum([Money(1), Money(2)]))
print(100 - m, 10 / m, 17 // m, 17 % m, 2 ** m, 1 << m, 7 & m, 8 | m, 6 ^ m, 64 >> m, [1] @ m, divmod(17, m))
try:
    m + 'x'
except TypeError as e:
    print('TypeError', e)
try:
    'x' - m
except TypeError as e:
    print('TypeError', e)
class Sub(Money):
    def __radd__(self, other):
        return 'Sub.radd wins'
print(Money(1) + Sub(2))
