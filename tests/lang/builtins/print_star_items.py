# print(*items): each item is converted with its own type's str(), so user
# classes' __str__ (and __repr__ for items inside containers) run as in CPython.
class Account:
    count = 0

    def __init__(self, owner, balance):
        self.owner, self.balance = owner, balance
        Account.count += 1

    def __str__(self):
        return "%s: %8.2f" % (self.owner, self.balance)


class Tag:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return "Tag(%r)" % self.name


accounts = [Account("ann", 10), Account("bo", 3.5)]
print(*accounts, Account.count, sep="\n")
print(*(a for a in accounts if a.balance > 5))
print(*[[Tag("x")], (Tag("y"), 2)], sep=" | ")
print(*"abc", *range(3), *{"k": 1})
mixed = (1, "two", 3.0, None, Tag("t"))
print(*mixed, end=".\n")
print(*[], "only")
