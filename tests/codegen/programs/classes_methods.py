class Temp:
    scale = "C"

    def __init__(self, c):
        self.c = c

    @property
    def f(self):
        return self.c * 9 / 5 + 32

    @staticmethod
    def convert(c):
        return c * 9 / 5 + 32

    @classmethod
    def freezing(cls):
        return cls(0)


t = Temp(100)
print(t.f, Temp.convert(10), t.convert(20), Temp.freezing().c, t.scale, Temp.scale)
t.scale = "K"
print(t.scale, Temp.scale, Temp(1).scale)


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


n = Node(1, Node(2, Node(3)))
total = 0
while n is not None:
    total += n.value
    n = n.next
print(total)


class Animal:
    def speak(self):
        return "..."


class Dog(Animal):
    def speak(self):
        return "woof"


class Puppy(Dog):
    def speak(self):
        return super().speak() + "!"


for a in [Animal(), Dog(), Puppy()]:
    print(type(a).__name__, a.speak())
p = Puppy()
print(p.missing)
