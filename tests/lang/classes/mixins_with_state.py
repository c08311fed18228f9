class Base:
    def __init__(self, name, **kwargs):
        super().__init__(**kwargs)
        self.name = name

    def describe(self):
        return 'Base(' + self.name + ')'


class LoggingMixin:
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.messages = []

    def log(self, m):
        self.messages.append(m)
        return len(self.messages)


class CountingMixin:
    def __init__(self, start=0, **kwargs):
        super().__init__(**kwargs)
        self.count = start

    def bump(self):
        self.count += 1
        return self.count


class Service(Base, LoggingMixin):
    def run(self, x):
        self.log('run ' + str(x))
        return x * 2


class Worker(Base, CountingMixin, LoggingMixin):
    def __init__(self, name, **kwargs):
        super().__init__(name, **kwargs)
        self.log('made ' + name)

    def work(self):
        self.bump()
        self.log('work ' + str(self.count))


class Plain(LoggingMixin):
    pass


s = Service('svc')
print(s.run(3), s.run(4), s.messages, s.name, s.describe())
w = Worker('w', start=10)
w.work()
w.work()
print(w.messages, w.count, w.name)
p = Plain()
p.log('plain')
print(p.messages)
loggers = [s, w, p]
for lg in loggers:
    print(type(lg).__name__, lg.log('x'), isinstance(lg, Base), isinstance(lg, LoggingMixin))
print([type(k).__name__ for k in loggers], [k.__name__ for k in Worker.__mro__])


def total(lg: LoggingMixin) -> int:
    return len(lg.messages)


print(total(s), total(w), total(p))
