class Animal:
    def __init__(self, name):
        self.name = name
        self.legs = 4

    def describe(self):
        return self.name + " has " + str(self.legs) + " legs"

class Bird(Animal):
    def __init__(self, name, can_fly):
        super().__init__(name)
        self.legs = 2
        self.can_fly = can_fly

    def describe(self):
        return super().describe() + (" and flies" if self.can_fly else "")

a = Animal("cat")
b = Bird("tit", True)
print(a.describe(), b.describe())
