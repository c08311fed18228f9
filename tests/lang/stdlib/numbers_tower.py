import numbers
from fractions import Fraction

values = [3, True, 2.5, 1j, Fraction(1, 2), "x", None, [1]]
for abc in [numbers.Number, numbers.Complex, numbers.Real, numbers.Rational, numbers.Integral]:
    print(abc.__name__, [isinstance(v, abc) for v in values])
print(issubclass(int, numbers.Integral), issubclass(bool, numbers.Number), issubclass(float, numbers.Rational))
print(issubclass(numbers.Integral, numbers.Real), issubclass(Fraction, numbers.Rational), issubclass(str, numbers.Number))


def describe(x):
    if isinstance(x, numbers.Integral):
        return "integral"
    if isinstance(x, numbers.Rational):
        return "rational"
    if isinstance(x, numbers.Real):
        return "real"
    if isinstance(x, numbers.Number):
        return "number"
    return "not a number"


print([describe(v) for v in values])


class Meters(numbers.Real):
    def __init__(self, v):
        self.v = v

    def __float__(self):
        return float(self.v)


print(issubclass(Meters, numbers.Complex), isinstance(Meters, numbers.Number))
try:
    Meters(3)
except TypeError as e:
    print("TypeError", str(e).split(" with")[0])
