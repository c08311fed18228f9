class Meter:
    def __init__(self):
        self.reading = 0

    def read(self, scale):
        return self.reading * scale

m = Meter()
local = m.read(2)
# getattr's result is dyn: it may be a Meter, so Meter.read gets the
# specialisation on dyn arguments, and a store through it may reach any
# class's attribute of that name.
m.me = m
unknown = getattr(m, "me")
other = unknown.read(1.5)
unknown.reading = "text"
print(local, other)
