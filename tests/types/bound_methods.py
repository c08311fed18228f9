class Greeter:
    def __init__(self, name):
        self.name = name

    def greet(self, punctuation):
        return "hi " + self.name + punctuation

g = Greeter("ann")
say = g.greet
line = say("!")
unbound = Greeter.greet
line2 = unbound(g, "?")
print(line, line2)
