class Box:
    def __init__(self, v):
        self.v = v
b = Box(3)
print(b.v)
b(1)
