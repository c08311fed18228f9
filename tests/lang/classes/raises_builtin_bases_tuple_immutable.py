# A tuple subclass's items cannot be assigned.


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


p = Pair(1, 2)
print(p, p[1])
p[0] = 5
