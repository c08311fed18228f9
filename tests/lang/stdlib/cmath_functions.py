import cmath
import math

# Every function on a few points, printed exactly (repr shows every bit
# that matters but the sign of a NaN).
POINTS = [complex(0.0, 0.0), complex(-0.0, -0.0), complex(1.0, 0.0), complex(0.5, -2.0), complex(-3.0, 4.0),
          complex(1e-310, 2e-320), complex(1e300, -1e300), complex(0.8, 0.6), complex(1.0, 1e-300), 2, -1.5]
NAMES = ["sqrt", "acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "sin", "sinh", "tan", "tanh",
         "exp", "log", "log10"]
FUNCTIONS = [cmath.sqrt, cmath.acos, cmath.acosh, cmath.asin, cmath.asinh, cmath.atan, cmath.atanh, cmath.cos,
             cmath.cosh, cmath.sin, cmath.sinh, cmath.tan, cmath.tanh, cmath.exp, cmath.log, cmath.log10]
for name, f in zip(NAMES, FUNCTIONS):
    results = []
    for z in POINTS:
        try:
            results.append(repr(f(z)))
        except (ValueError, OverflowError) as e:
            results.append(type(e).__name__ + ": " + str(e))
    print(name, results)

# Special values: infinities, NaNs and signed zeros.
inf = math.inf
for z in [complex(inf, 0.0), complex(-inf, 1.0), complex(0.0, inf), complex(-0.0, -inf), complex(math.nan, 0.0),
          complex(inf, math.nan), complex(2.0, -inf)]:
    row = []
    for f in FUNCTIONS:
        try:
            row.append(repr(f(z)))
        except ValueError as e:
            row.append("ValueError")
    print(repr(z), row)

print(cmath.phase(-1), cmath.phase(complex(-1.0, -0.0)), cmath.polar(complex(3, 4)), cmath.polar(-2))
print(cmath.rect(2, math.pi / 3), cmath.rect(1, 0), cmath.rect(-0.0, 1.0), cmath.rect(inf, 1.0), cmath.rect(math.nan, 0))
print(cmath.log(8, 2), cmath.log(complex(1, 1), 10), cmath.log(100, complex(0, 1)), cmath.log10(1000))
print(cmath.isclose(1, 1 + 1e-10j), cmath.isclose(1, 1.001), cmath.isclose(1, 1.001, rel_tol=0.01),
      cmath.isclose(0, 1e-12, abs_tol=1e-9), cmath.isclose(complex(inf, 0), complex(inf, 0)))
print(cmath.isfinite(complex(1, inf)), cmath.isinf(complex(1, inf)), cmath.isnan(complex(math.nan, 0)), cmath.isnan(3))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
for bad in [lambda: cmath.log(0), lambda: cmath.exp(1000), lambda: cmath.cosh(complex(800, 1)),
            lambda: cmath.atanh(1), lambda: cmath.log(1, 1), lambda: cmath.rect(1, inf),
            lambda: cmath.isclose(1, 2, rel_tol=-1), lambda: cmath.phase(complex(1e300, 1e-300))]:
    try:
        print(bad())
    except (ValueError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
try:
    cmath.sqrt("4")
except TypeError as e:
    print("TypeError:", e)
z = cmath.sqrt(-4)
print(z * z, abs(cmath.exp(complex(0, math.pi)) + 1) < 1e-15)
