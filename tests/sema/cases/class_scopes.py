# Class bodies are invisible to the functions inside them; __class__ and
# super(); private name mangling; names both bound in a class and free in
# its methods.
x = "module"


class Plain:
    x = "class"
    y = [x for _ in range(2)]
    z = (lambda: x)()

    def method(self):
        return x


class Child(Plain):
    def __init__(self):
        super().__init__()

    def klass(self):
        return __class__

    @staticmethod
    def static():
        return 0

    def __private(self, __arg):
        self.__attribute = __arg
        return self.__private, _Child__other

    __slot = 1
    ___triple = 2
    __dunder__ = 3


class _Underscored:
    def m(self):
        return __name


class ___:
    def m(self):
        return __kept


def factory(value):
    class Local:
        value = value
        other = value

        def get(self):
            return value
    return Local


class Outer:
    class Inner:
        def f(self):
            return __class__, __secret

    def g(self):
        def h():
            return super()
        return h


class WithKeywords(Plain, metaclass=type, flag=lambda: x):
    pass


class Annotated:
    count: int = 0
    label: str
    (parenthesized): int = 1
    Plain.attribute: int = 2
