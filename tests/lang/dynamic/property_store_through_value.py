# obj.x = v and obj.x op= v on a boxed value run the class's property
# setter; a property without one raises CPython's AttributeError.
from contextlib import contextmanager


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self._balance = balance
        self.history = []

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError(f'negative balance for {self.owner}')
        self.history.append(value - self._balance)
        self._balance = value

    @property
    def label(self):
        return self.owner.title()


class Savings(Account):
    pass


@contextmanager
def rollback(account):
    saved = account.balance
    try:
        yield account
    except ValueError as e:
        print('rollback:', e)
        account._balance = saved


things = [Account('ann', 50), Savings('bob', 10), 'not an account']
with rollback(things[0]) as a:
    a.balance -= 20
    a.balance -= 100
with rollback(things[1]) as s:
    s.balance = 99
print(things[0].balance, things[0].history, things[1].balance, things[1].history)
try:
    things[0].label = 'x'
except AttributeError as e:
    print('AttributeError:', e)
