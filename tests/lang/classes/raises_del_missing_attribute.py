class Box:
    def __init__(self):
        self.item = 1
b = Box()
del b.item
print(hasattr(b, 'item'))
del b.item
