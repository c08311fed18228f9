registry = {}


class RegistryMeta(type):
    def __new__(mcls, name, bases, ns):
        cls = super().__new__(mcls, name, bases, ns)
        registry[name] = cls
        return cls


class Plugin(metaclass=RegistryMeta):
    def run(self):
        return "base"


class Alpha(Plugin):
    def run(self):
        return "alpha"


class Beta(Plugin):
    pass


print(sorted(registry))
print(registry["Alpha"] is Alpha, type(Alpha) is RegistryMeta)
print(Alpha().run(), Beta().run())
for name in sorted(registry):
    print(name, registry[name].__name__)
