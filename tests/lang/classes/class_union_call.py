# Calling a value that is one of several classes: a factory's cls
# parameter, a class picked by a condition, *args passed on.
class Account:
    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self.balance = balance

    def kind(self):
        return "account"


class Checking(Account):
    def __init__(self, owner, balance=0.0, overdraft=100.0):
        super().__init__(owner, balance)
        self.overdraft = overdraft

    def kind(self):
        return f"checking (overdraft {self.overdraft})"


def open_plain(cls, owner, balance):
    return cls(owner, balance)


def open_spread(cls, owner, *args, **kwargs):
    return cls(owner, *args, **kwargs)


for i, owner in enumerate(["ann", "bob", "cid"]):
    cls = Account if i % 2 == 0 else Checking
    a = open_plain(cls, owner, 10.0 * i)
    print(a.kind(), a.owner, a.balance)
    b = open_spread(cls, owner, 5.0 + i)
    print(b.kind(), b.owner, b.balance)
c = open_spread(Checking, "dee", 1.0, overdraft=50.0)
print(c.kind(), c.balance)
registry = {"account": Account, "checking": Checking}
for name in ["checking", "savings"]:
    k = registry.get(name)
    try:
        print(k("eve").kind())
    except TypeError as e:
        print("TypeError:", e)
