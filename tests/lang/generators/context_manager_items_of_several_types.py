# One @contextmanager whose generator yields tuples of different classes at
# different calls: the generators meet in one field of the manager, each
# adapted to the joined item type, send/throw/close still reaching it.
from contextlib import contextmanager


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance


class Savings(Account):
    rate = 2


class Checking(Account):
    limit = 100


class Frozen(Exception):
    pass


@contextmanager
def transaction(*accounts):
    saved = [(a, a.balance) for a in accounts]
    try:
        yield accounts
    except Frozen as e:
        for a, balance in saved:
            a.balance = balance
        print("rolled back:", e)
    else:
        print("committed", [a.owner for a in accounts])


alice = Savings("alice", 100)
bob = Checking("bob", 10)
carol = Account("carol", 0)

with transaction(alice, bob) as pair:
    pair[0].balance -= 30
    pair[1].balance += 30
with transaction(bob, carol) as (src, dst):
    src.balance -= 5
    raise Frozen("carol is frozen")
with transaction(alice, carol, bob) as trio:
    print(len(trio), [a.balance for a in trio])
for a in (alice, bob, carol):
    print(a.owner, a.balance)
