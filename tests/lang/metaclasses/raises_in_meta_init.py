# An exception raised inside the metaclass's __init__ propagates from the
# class statement; the validation pattern.
class Validated(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        for key in ns:
            if not key.startswith("_") and key != key.lower():
                raise TypeError(name + "." + key + " must be lower case")


class Good(metaclass=Validated):
    value = 1


print("Good", Good.value)
try:
    class Bad(Good):
        Value = 2
except TypeError as e:
    print("caught:", e)


class AlsoBad(Good):
    Other = 3
