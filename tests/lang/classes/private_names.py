# Private names: inside class C, __x means _C__x (attributes, class
# attributes, methods, names, parameters), as CPython's compiler spells them.


class Account:
    __count = 0
    __rate = 2

    def __init__(self, owner):
        self.__owner = owner
        self.__balance = 0
        Account.__count += 1

    def deposit(self, amount):
        self.__balance += self.__fee(amount)
        return self

    def __fee(self, amount):
        return amount - self.__rate

    @property
    def balance(self):
        return self.__balance

    @classmethod
    def count(cls):
        return cls.__count

    def scaled(self, __factor=3):
        return [self.__balance * k for k in range(__factor)]


class Savings(Account):
    def __init__(self, owner):
        super().__init__(owner)
        self.__balance = 100  # Savings' own, beside Account's

    def both(self):
        return self.__balance, self._Account__balance


a = Account("ann").deposit(10).deposit(5)
s = Savings("bob").deposit(7)
print(a.balance, s.balance, s.both(), Account.count(), a.scaled(), a.scaled(2))
print(sorted(vars(s)), a._Account__owner, Account._Account__count)
print(hasattr(a, "__balance"), hasattr(a, "_Account__balance"), getattr(a, "_Account__fee")(20))


class Outer:
    class __Inner:
        __tag = "inner"

        def tag(self):
            return self.__tag

    def make(self):
        return self.__Inner()

    def lookup(self):
        return __not_defined


print(Outer().make().tag(), type(Outer().make()).__name__, Outer._Outer__Inner._Inner__tag)

for attempt in (lambda: a.__balance, lambda: Outer().lookup(), lambda: a.scaled(__factor=1)):
    try:
        attempt()
    except (AttributeError, NameError, TypeError) as e:
        print(type(e).__name__, e)
