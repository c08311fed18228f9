import math
for x in [2.5, -2.5, 3.5, -0.5, 1e20, -1e-20, 0.0, -0.0, 7, -7]:
    print(x, math.floor(x), math.ceil(x), math.trunc(x), round(x), math.copysign(1, x), math.modf(x) if isinstance(x, float) else None)
print(math.remainder(7, 2), math.remainder(-7, 2), math.fmod(-7, 2), -7 % 2, math.ulp(1.0), math.nextafter(1.0, 2.0))
print(math.frexp(0.0), math.frexp(-5.5), math.ldexp(1, 1024 - 1), math.fsum([1e100, 1.0, -1e100, 1e-100]))
