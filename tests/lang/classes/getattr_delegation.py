# A wrapper that forwards what it does not define to the object it wraps,
# through __getattr__: attribute reads and method calls alike.


class Recorder:
    def __init__(self, target):
        self._target = target
        self.calls = []

    def __getattr__(self, name):
        self.calls.append(name)
        return getattr(self._target, name)

    def size(self):
        return len(self._target)


r = Recorder([3, 1, 2])
r.append(0)
r.sort()
print(r.count(1), r.index(3), r.size())
print(r._target, r.calls)


class Settings:
    defaults = {'color': 'red', 'size': 3}

    def __init__(self, **given):
        self.given = given

    def __getattr__(self, name):
        if name in self.given:
            return self.given[name]
        if name in Settings.defaults:
            return Settings.defaults[name]
        raise AttributeError(f"no setting {name!r}")


s = Settings(size=10)
print(s.color, s.size)
try:
    s.weight
except AttributeError as e:
    print('AttributeError:', e)
