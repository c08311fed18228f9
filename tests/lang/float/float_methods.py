print((2.5).is_integer(), (3.0).is_integer(), (0.75).as_integer_ratio(), (0.1).as_integer_ratio())
print((-1.5).conjugate(), (2.0).real, (2.0).imag)
print(int(2.9), int(-2.9), float(int(1e15)))
import math
print(math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.5), math.floor(2.5), type(math.floor(2.5)).__name__)
print(math.fsum([0.1] * 10), sum([0.1] * 10))
print(math.copysign(1.0, -0.0), math.fabs(-3), math.fmod(-7.0, 2.0), -7.0 % 2.0)
print(math.frexp(10.0), math.ldexp(0.625, 4), math.modf(-3.25))
