from contextlib import contextmanager


class Account:
    def __init__(self, balance):
        self.balance = balance

    def deposit(self, amount):
        self.balance += amount


@contextmanager
def transaction(account):
    try:
        yield account
    finally:
        print("done")


a = Account(10)
with transaction(a) as t:
    t.deposit(5)
print(a.balance)
