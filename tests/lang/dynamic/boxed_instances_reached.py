# Instances that become dyn values through what holds them: a field of an
# instance that escaped, a class attribute, a container of mixed values,
# a dunder's result read through a slot.


class Engine:
    def __init__(self, power):
        self.power = power

    def start(self, n):
        return "engine " + str(self.power * n)


class Wheel:
    def spin(self, times):
        return "spin x" + str(times)


class Car:
    spare = Wheel()

    def __init__(self):
        self.engine = Engine(3)
        self.wheels = [Wheel(), Wheel()]

    def __getitem__(self, i):
        return self.wheels[i]

    def start(self, n):
        return "car " + self.engine.start(n)


class Parts:
    def __init__(self):
        self.items = {"w": Wheel(), "e": Engine(2)}


def anything(x):
    return x


boxes = [1, "a", Car(), None, 2.0]
car = boxes[2]
print(car.start(2))
print(car.engine.start(5))
print(car.wheels[1].spin(3))
print(car[0].spin(4))
print(car.spare.spin(1))

held = [anything, 3, Parts()]
parts = held[2]
print(parts.items["w"].spin(2), parts.items["e"].start(1))


class Base:
    def name(self, suffix):
        return "base" + suffix


class Derived(Base):
    def name(self, suffix):
        return "derived" + suffix


def pick(i) -> Base:
    return Base() if i % 2 else Derived()


# A Base+ put into a dyn container: a Derived may be behind the dyn.
values = [0, "x"]
values.append(pick(0))
values.append(pick(1))
for v in values[2:]:
    print(v.name("!"))


class Late(Base):
    def name(self, suffix):
        return "late" + suffix


values.append(Late())
print(values[-1].name("?"))
