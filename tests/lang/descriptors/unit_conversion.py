# Unit conversion through descriptors: one stored value, several views,
# each converting on read and write; the class access returns the
# descriptor itself.


class Unit:
    def __init__(self, factor, offset=0.0):
        self.factor = factor
        self.offset = offset

    def __set_name__(self, owner, name):
        self.name = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return obj.kelvin * self.factor + self.offset

    def __set__(self, obj, value):
        obj.kelvin = (value - self.offset) / self.factor


class Temperature:
    celsius = Unit(1.0, -273.15)
    fahrenheit = Unit(1.8, -459.67)

    def __init__(self, kelvin):
        self.kelvin = kelvin


t = Temperature(300.0)
print(round(t.celsius, 2), round(t.fahrenheit, 2))
t.celsius = 100.0
print(round(t.kelvin, 2), round(t.fahrenheit, 2))
t.fahrenheit = 32.0
print(round(t.celsius, 2), round(t.kelvin, 2))
print(Temperature.celsius.name, Temperature.fahrenheit.factor)


class Meters:
    def __get__(self, obj, objtype=None):
        if obj is None:
            return "Meters on " + objtype.__name__
        return obj.mm / 1000

    def __set__(self, obj, value):
        obj.mm = value * 1000


class Rod:
    length = Meters()

    def __init__(self, mm):
        self.mm = mm


class LongRod(Rod):
    pass


r = Rod(2500)
print(r.length)
r.length = 4.5
print(r.mm, r.length)
print(Rod.length, LongRod.length)
rods = [Rod(100), LongRod(7000)]
for rod in rods:
    rod.length = rod.length * 2
    print(rod.mm)
