registry = []
def register(cls):
    registry.append(cls.__name__)
    cls.registered = True
    return cls
@register
class A:
    pass
@register
class B(A):
    pass
print(registry, A.registered, B.registered)
class Plugin:
    plugins = {}
    def __init_subclass__(cls, name=None, **kw):
        super().__init_subclass__(**kw)
        Plugin.plugins[name or cls.__name__.lower()] = cls
class Json(Plugin, name='json'):
    pass
class Xml(Plugin):
    pass
print(sorted(Plugin.plugins), Plugin.plugins['json'] is Json)
