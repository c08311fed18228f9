# error: 4:9: the attribute '__setattr__' of the builtin 'object'
class Doubler:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
d = Doubler()
d.v = 21
print(d.v)
