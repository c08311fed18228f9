# Class keywords reach the metaclass's __init__ and __init_subclass__;
# type.__new__ runs __init_subclass__ before the metaclass's __init__.
class Hooks:
    def __init_subclass__(cls, **kwargs):
        print("__init_subclass__", cls.__name__, sorted(kwargs.items()))
        super().__init_subclass__()


class Meta(type):
    def __init__(cls, name, bases, ns, **options):
        super().__init__(name, bases, ns)
        print("Meta.__init__", name, sorted(options.items()), len(bases))
        cls.options = options


class Base(Hooks, metaclass=Meta):
    pass


class Child(Base, color="red", size=3):
    pass


class Other(Base):
    pass


print(Child.options, Other.options, Base.options)
