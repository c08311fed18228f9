# __class_getitem__: C[x] calls it on the class (a classmethod without
# saying so), as generic containers and registries use it.


class Registry:
    entries = {"int": 1, "str": 2}

    def __class_getitem__(cls, key):
        return cls.__name__ + ":" + str(cls.entries.get(key, 0))


class Sub(Registry):
    entries = {"int": 10}


print(Registry["int"], Registry["str"], Sub["int"], Sub["str"])


class Vector:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__}]"


print(Vector[int], Vector[float])
