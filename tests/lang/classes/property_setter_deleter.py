class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance
        self.log = []
    @property
    def balance(self):
        return self._balance
    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError('negative balance %d' % value)
        self.log.append(('set', value))
        self._balance = value
    @balance.deleter
    def balance(self):
        self.log.append(('del', self._balance))
        self._balance = 0
    @property
    def summary(self):
        return '%s: %d' % (self.owner, self._balance)
a = Account('ann', 10)
a.balance = 25
a.balance += 5
print(a.balance, a.summary)
try:
    a.balance = -1
except ValueError as e:
    print('ValueError', e)
del a.balance
print(a.balance, a.log)
try:
    a.summary = 'x'
except AttributeError as e:
    print('AttributeError', e)
try:
    del a.summary
except AttributeError as e:
    print('AttributeError', e)
class Tagged:
    kind = 'plain'
t = Tagged()
t.kind = 'mine'
t.extra = 1
print(t.kind, t.extra)
del t.kind
print(t.kind, hasattr(t, 'extra'))
del t.extra
print(hasattr(t, 'extra'))
