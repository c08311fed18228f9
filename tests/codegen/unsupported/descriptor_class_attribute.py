# error: 12:1: a descriptor ('width', whose class defines __set__)
class Positive:
    def __set_name__(self, owner, name):
        self.name = "_" + name

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.name, value)


class Rect:
    width = Positive()

    def __init__(self, w):
        self.width = w


print(Rect(3).width)
