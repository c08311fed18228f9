# hasattr() and getattr() with a default ask a class's __getattr__ first:
# only its AttributeError means "absent".
class Config:
    defaults = {'retries': 3}

    def __init__(self, **values):
        self._values = values

    def __getattr__(self, name):
        if name in self._values:
            return self._values[name]
        if name in Config.defaults:
            return Config.defaults[name]
        raise AttributeError(f"no setting {name!r}")


class Strict:
    def __getattr__(self, name):
        raise KeyError(name)


c = Config(host='example.org', port=8080)
print(hasattr(c, 'host'), hasattr(c, 'retries'), hasattr(c, 'user'), hasattr(c, '_values'))
print(getattr(c, 'host', None), getattr(c, 'port', 0), getattr(c, 'user', 'nobody'), getattr(c, 'retries', 1))
print(c.host, c.retries)
try:
    c.user
except AttributeError as e:
    print('AttributeError:', e)
try:
    hasattr(Strict(), 'x')
except KeyError as e:
    print('KeyError:', e)
print(getattr(Strict(), 'x', 'default'))
