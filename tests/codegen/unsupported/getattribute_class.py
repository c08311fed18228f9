# error: 2:1: a class defining __getattribute__
class Logged:
    def __init__(self):
        self.x = 1

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)


print(Logged().x)
