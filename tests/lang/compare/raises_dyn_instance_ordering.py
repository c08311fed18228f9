class Box:
    def __init__(self, v):
        self.v = v
    def __lt__(self, other):
        return NotImplemented

def smaller(a, b):
    return a < b

items = [Box(1), 2, 'two', 3.0, None, [1]]
print(smaller(items[1], items[3]))
print(smaller(items[0], items[0]))
