# error: 7:1: this call of delattr()
class Box:
    def __init__(self):
        self.v = 1
b = Box()
name = 'v'
delattr(b, name)
print(hasattr(b, 'v'))
