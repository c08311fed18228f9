class PluginMeta(type):
    registry = {}

    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            PluginMeta.registry[name] = cls
        print("init", name, sorted(k for k in ns if not k.startswith("__")), len(bases))

    def describe(cls):
        return cls.__name__ + " with " + str(cls.kind)

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Plugin(metaclass=PluginMeta):
    kind = "base"

    def run(self):
        return "running " + type(self).__name__


class Audio(Plugin):
    kind = "audio"

    def play(self):
        return 1


class Video(Plugin):
    kind = "video"


print(sorted(PluginMeta.registry))
print(Audio.describe(), Video.describe(), Plugin.describe())
print(Audio.upper_name)
print(type(Audio) is PluginMeta, isinstance(Video, PluginMeta), isinstance(Video, type))
print(Audio().run(), Audio().play())
print(type(Plugin), Audio.__class__)
for name in sorted(PluginMeta.registry):
    print(name, PluginMeta.registry[name].kind)
