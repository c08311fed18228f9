import abc
import random
import heapq


class Plugin(abc.ABC):
    registry = {}

    def __init_subclass__(cls, name=None, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.plugin_name = name or cls.__name__.lower()
        Plugin.registry[cls.plugin_name] = cls

    def __init__(self, **options):
        self.options = {**self.defaults(), **options}

    @classmethod
    def defaults(cls):
        return {}

    @abc.abstractmethod
    def handle(self, event):
        raise NotImplementedError

    def __repr__(self):
        opts = ", ".join(f"{k}={v!r}" for k, v in sorted(self.options.items()))
        return f"<{self.plugin_name} {opts}>"


class Counter(Plugin, name="count"):
    def __init__(self, **options):
        super().__init__(**options)
        self.seen = 0

    def handle(self, event):
        self.seen += 1
        return self.seen if self.seen % self.options["every"] == 0 else None

    @classmethod
    def defaults(cls):
        return {"every": 2}


class Threshold(Plugin):
    @classmethod
    def defaults(cls):
        return {"limit": 5.0, "label": "high"}

    def handle(self, event):
        if event[1] > self.options["limit"]:
            return f"{self.options['label']}:{event[1]:.2f}"


class Echo(Threshold, name="echo"):
    def handle(self, event):
        base = super().handle(event)
        return base and base.upper()


def simulate(plugins, seed, n):
    rng = random.Random(seed)
    queue = [(rng.random() * 10, i, rng.expovariate(0.3)) for i in range(n)]
    heapq.heapify(queue)
    log = []
    while queue:
        t, i, v = heapq.heappop(queue)
        for p in plugins:
            out = p.handle((i, v))
            if out is not None:
                log.append((round(t, 3), p.plugin_name, out))
    return log


print(sorted(Plugin.registry))
plugins = [Plugin.registry[name](**opts) for name, opts in [("count", {"every": 3}), ("threshold", {}), ("echo", {"limit": 2})]]
print(plugins)
for entry in simulate(plugins, 3, 8):
    print(entry)
try:
    Plugin()
except TypeError as e:
    print(e)
print(isinstance(plugins[2], Threshold), Echo.__mro__[1].__name__, issubclass(Echo, abc.ABC))
plugins[0].handle(None)
Plugin.registry["threshold"]().handle(None)
