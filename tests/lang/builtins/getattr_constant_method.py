# getattr(obj, 'name') with the name written out, called at once or later.
class Greeter:
    def __init__(self, name):
        self.name = name
        self.shout = lambda text: text.upper() + "!"

    def hello(self, other):
        return "hello %s from %s" % (other, self.name)

    def __private(self):
        return "private " + self.name

    def reveal(self):
        return getattr(self, "_Greeter__private")()


g = Greeter("ann")
print(getattr(g, "hello")("bob"))
bound = getattr(g, "hello")
print(bound("cy"), getattr(g, "shout")("hey"), g.reveal())
print(getattr(g, "missing", None), hasattr(g, "hello"))
try:
    getattr(g, "absent")()
except AttributeError as e:
    print(e)
