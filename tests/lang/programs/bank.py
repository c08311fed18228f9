from abc import ABC, abstractmethod
from enum import Enum
import random


class TxType(Enum):
    DEPOSIT = "deposit"
    WITHDRAW = "withdraw"
    TRANSFER = "transfer"
    INTEREST = "interest"


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        self.account = account
        self.amount = amount
        super().__init__(f"Account {account.number} has insufficient funds for {amount:.2f}")


class Transaction:
    counter = 0

    def __init__(self, kind: TxType, amount: float, note: str = ""):
        Transaction.counter += 1
        self.id = Transaction.counter
        self.kind = kind
        self.amount = amount
        self.note = note

    def __repr__(self):
        return f"Transaction(id={self.id}, kind={self.kind.name}, amount={self.amount:.2f})"


class Account(ABC):
    _next_number = 1000

    def __init__(self, owner: str, balance: float = 0.0):
        self.owner = owner
        self.balance = balance
        self.history = []
        Account._next_number += 1
        self.number = Account._next_number

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("Deposit must be positive")
        self.balance += amount
        self.history.append(Transaction(TxType.DEPOSIT, amount))

    def withdraw(self, amount):
        if amount > self.available():
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(Transaction(TxType.WITHDRAW, amount))

    @abstractmethod
    def available(self) -> float:
        ...

    @abstractmethod
    def month_end(self):
        ...

    def __str__(self):
        return f"{type(self).__name__}#{self.number} [{self.owner}] balance={self.balance:,.2f}"

    def __lt__(self, other):
        return self.balance < other.balance


class Savings(Account):
    rate = 0.02

    def available(self):
        return self.balance

    def month_end(self):
        interest = round(self.balance * self.rate / 12, 2)
        self.balance += interest
        self.history.append(Transaction(TxType.INTEREST, interest, "monthly"))


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def available(self):
        return self.balance + self.overdraft

    def month_end(self):
        if self.balance < 0:
            fee = 15.0
            self.balance -= fee
            self.history.append(Transaction(TxType.WITHDRAW, fee, "overdraft fee"))


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}

    def open(self, cls, owner, *args, **kwargs):
        acct = cls(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        return acct

    def transfer(self, src, dst, amount):
        a = self.accounts[src]
        b = self.accounts[dst]
        a.withdraw(amount)
        b.deposit(amount)
        a.history[-1].kind = TxType.TRANSFER

    def total_deposits(self):
        return sum(a.balance for a in self.accounts.values())


def simulate():
    rng = random.Random(42)
    bank = Bank("First Python Bank")
    people = ["Alice", "Bob", "Carol", "Dave"]
    for i, p in enumerate(people):
        cls = Savings if i % 2 == 0 else Checking
        bank.open(cls, p, 500.0 + i * 250)
    numbers = list(bank.accounts)
    for month in range(1, 4):
        for _ in range(6):
            n = rng.choice(numbers)
            amt = rng.randint(10, 400)
            try:
                if rng.random() < 0.5:
                    bank.accounts[n].deposit(amt)
                else:
                    bank.accounts[n].withdraw(amt)
            except InsufficientFunds as e:
                print(f"  month {month}: {e}")
        src, dst = rng.sample(numbers, 2)
        try:
            bank.transfer(src, dst, 125.5)
        except InsufficientFunds as e:
            print("  transfer failed:", e.amount)
        for a in bank.accounts.values():
            a.month_end()
        print(f"Month {month}: total {bank.total_deposits():.2f}")
    for a in sorted(bank.accounts.values(), reverse=True):
        print(a)
        kinds = {}
        for t in a.history:
            kinds[t.kind.value] = kinds.get(t.kind.value, 0) + 1
        print("   ", kinds, a.history[-1] if a.history else None)
    try:
        bank.accounts[numbers[0]].deposit(-5)
    except ValueError as e:
        print("ValueError:", e)
    try:
        Account("x")
    except TypeError as e:
        print("TypeError:", e)


if __name__ == "__main__":
    simulate()
