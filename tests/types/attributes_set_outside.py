class Box:
    pass

class Base:
    def show(self):
        return self.label

class Derived(Base):
    def __init__(self):
        self.label = "derived"

b = Box()
b.width = 3
b.height = 4.5
area = b.width * b.height
d = Derived()
shown = d.show()
print(area, shown)
