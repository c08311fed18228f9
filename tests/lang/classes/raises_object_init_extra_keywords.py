# A cooperative __init__ chain that leaves a keyword nobody took: it
# reaches object.__init__, which raises.
class Base:
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name


class Mixin:
    def __init__(self, level=0, **kwargs):
        super().__init__(**kwargs)
        self.level = level


class Thing(Base, Mixin):
    pass


t = Thing('ok', level=2)
print(t.name, t.level)
args = ()
Mixin.__init__(t, *args)
print(t.level)
Thing('bad', colour='red')
