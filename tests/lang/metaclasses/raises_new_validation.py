class Strict(type):
    def __new__(mcls, name, bases, ns):
        for key in ns:
            if key.startswith("_") and not key.startswith("__"):
                raise TypeError(f"{name} may not define private name {key!r}")
        return super().__new__(mcls, name, bases, ns)


class Good(metaclass=Strict):
    value = 1


print(Good.value)


class Bad(Good):
    _hidden = 2


print("unreached")
