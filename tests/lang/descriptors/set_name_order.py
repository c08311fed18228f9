# __set_name__ runs as the class is made, in the order the body bound the
# names, before __init_subclass__ of the base; a descriptor shared by two
# names sees both.


class Named:
    def __init__(self, tag):
        self.tag = tag
        self.names = []

    def __set_name__(self, owner, name):
        self.names.append(owner.__name__ + "." + name)
        print("set_name", self.tag, owner.__name__, name)


class Base:
    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        print("init_subclass", cls.__name__)


shared = Named("shared")


class Model(Base):
    zeta = Named("z")
    alpha = Named("a")
    first = shared
    second = shared
    plain = 5

    def method(self):
        return self.plain


print(shared.names, Model.zeta.names, Model().method())
