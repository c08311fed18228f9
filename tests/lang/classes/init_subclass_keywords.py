class Plugin:
    plugins = {}

    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[name or cls.__name__.lower()] = cls.__name__


class Json(Plugin, name='json'):
    pass


class Xml(Plugin):
    pass


print(sorted(Plugin.plugins.items()))
try:
    class Bad(Plugin, flavour='x'):
        pass
except TypeError as e:
    print('TypeError', e)
