import datetime
import random
import statistics
import string
from abc import ABC, abstractmethod
from contextlib import contextmanager
from decimal import Decimal


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"{account.owner} cannot withdraw {amount}")
        self.account = account
        self.amount = amount


class Account(ABC):
    _next_id = 1

    def __init__(self, owner, balance=Decimal("0")):
        self.id = Account._next_id
        Account._next_id += 1
        self.owner = owner
        self.balance = Decimal(balance)
        self.history = []

    @abstractmethod
    def fee(self, amount):
        ...

    def deposit(self, amount):
        amount = Decimal(amount)
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        amount = Decimal(amount)
        total = amount + self.fee(amount)
        if total > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= total
        self.history.append(("withdraw", total))

    def __repr__(self):
        return f"{type(self).__name__}(#{self.id}, {self.owner!r}, {self.balance})"


class Checking(Account):
    def fee(self, amount):
        return Decimal("0.50")


class Savings(Account):
    rate = Decimal("0.02")

    def fee(self, amount):
        return (amount * Decimal("0.01")).quantize(Decimal("0.01"))

    def accrue(self):
        interest = (self.balance * self.rate).quantize(Decimal("0.01"))
        self.balance += interest
        return interest


@contextmanager
def transaction(account):
    snapshot = (account.balance, list(account.history))
    try:
        yield account
    except Exception as e:
        account.balance, account.history = snapshot
        print(f"rolled back: {e}")


rng = random.Random(42)
accounts = [Checking("ann", "100.00"), Savings("bob", "250.50"), Checking("cy")]
for acct in accounts:
    for _ in range(3):
        amt = Decimal(rng.randint(1, 9000)) / 100
        try:
            with transaction(acct) as a:
                a.deposit(amt)
                a.withdraw(amt * 2)
        except InsufficientFunds as e:
            print("unexpected", e)
print(accounts)
print(accounts[1].accrue(), accounts[1])
balances = [float(a.balance) for a in accounts]
print(round(statistics.mean(balances), 4), round(statistics.pstdev(balances), 4), statistics.median(balances))
print(sorted(accounts, key=lambda a: a.balance, reverse=True)[0].owner)
start = datetime.date(2024, 1, 31)
print([(start + datetime.timedelta(days=30 * i)).isoformat() for i in range(4)])
d = datetime.datetime(2024, 3, 10, 14, 5, 9)
print(d.strftime("%Y-%m-%d %H:%M:%S %A %b"), (d - datetime.datetime(2024, 1, 1)).days)
code = "".join(rng.choice(string.ascii_uppercase + string.digits) for _ in range(8))
print(len(code), code.isalnum())
try:
    Account("x")
except TypeError as e:
    print("TypeError:", e)
