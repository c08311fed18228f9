# Values typed "LoggingMixin or a subclass" where the subclasses reach the
# mixin through a second base: its fields sit elsewhere in each of them.
class LoggingMixin:
    prefix = '>'

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.messages = []

    def log(self, m):
        self.messages.append(self.prefix + m)
        return len(self.messages)

    @property
    def last(self):
        return self.messages[-1] if self.messages else None

    @last.setter
    def last(self, m):
        self.messages[-1] = m


class Engine:
    def __init__(self, power=1, **kwargs):
        super().__init__(**kwargs)
        self.power = power


class Wheel:
    def __init__(self, size=2, **kwargs):
        super().__init__(**kwargs)
        self.size = size
        self.spin = 0


class Door:
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.open = False


class Seat:
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.taken = 0


class LEngine(Engine, LoggingMixin):
    prefix = 'E'


class LWheel(Wheel, LoggingMixin):
    def log(self, m):
        self.spin += 1
        return super().log(m.upper())


class LDoor(Door, LoggingMixin):
    pass


class LSeat(Seat, LoggingMixin):
    pass


class Quiet(LoggingMixin):
    def log(self, m):
        return 0


parts = [LEngine(power=5), LWheel(size=3), LDoor(), LSeat(), Quiet(), LEngine()]
for i, p in enumerate(parts):
    print(type(p).__name__, p.log('part' + str(i)), p.log('again'), p.last, len(p.messages))
for p in parts:
    if p.messages:
        p.last = 'replaced'
    p.messages.append('direct')
    print(p.messages, isinstance(p, LoggingMixin), isinstance(p, Engine), p.prefix)
print(parts[0].power, parts[1].size, parts[1].spin, parts[2].open, parts[3].taken)


def record(x, m):
    return x.log(m)


print(record(parts[0], 'a'), record(parts[1], 'b'), record(parts[2], 'c'), record(parts[3], 'd'), record(parts[4], 'e'))
print(record(LoggingMixin(), 'f'), [len(p.messages) for p in parts])
