# The singleton metaclass: Meta.__call__ keeps one instance per class;
# super().__call__ constructs it as type's call does (__init__ included).
class Singleton(type):
    _instances = {}

    def __call__(cls, *args, **kwargs):
        if cls not in cls._instances:
            cls._instances[cls] = super().__call__(*args, **kwargs)
        return cls._instances[cls]


class Config(metaclass=Singleton):
    def __init__(self, name="default"):
        print("Config.__init__", name)
        self.name = name


class Logger(metaclass=Singleton):
    def __init__(self):
        print("Logger.__init__")
        self.lines = []

    def log(self, text):
        self.lines.append(text)


a = Config("first")
b = Config("second")
print(a is b, a.name, b.name)
Logger().log("one")
Logger().log("two")
print(Logger().lines, len(Singleton._instances))
print(type(a).__name__, isinstance(b, Config))
