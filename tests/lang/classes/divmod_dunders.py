class Money:
    def __init__(self, cents):
        self.cents = cents
    def __repr__(self):
        return 'Money(%d)' % self.cents
    def __divmod__(self, n):
        q, r = divmod(self.cents, n)
        return Money(q), Money(r)
    def __rdivmod__(self, n):
        return ('rdivmod', n, self.cents)
class Plain:
    pass
print(divmod(Money(1007), 10), divmod(7, Money(3)), divmod(7, 2), divmod(7.5, 2))
try:
    divmod(Plain(), 2)
except TypeError as e:
    print('TypeError', e)
try:
    divmod(2, Plain())
except TypeError as e:
    print('TypeError', e)
