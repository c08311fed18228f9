class Temperature:
    scale = "C"

    def __init__(self, celsius):
        self._celsius = celsius

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @staticmethod
    def freezing():
        return 0.0

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

t = Temperature(100)
f = t.fahrenheit
z = Temperature.freezing()
u = Temperature.from_f(212)
print(f, z, u.fahrenheit)
