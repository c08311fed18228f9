# A validator's ValueError escapes the store: the program ends in it.


class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        return getattr(obj, self.name)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive: " + str(value))
        setattr(obj, self.name, value)


class Account:
    balance = Positive()

    def __init__(self, balance):
        self.balance = balance


a = Account(10)
print(a.balance)
a.balance = 5
print(a.balance)
a.balance = -3
print("not reached")
