import math
for name, fn in [('sqrt(-1)', lambda: math.sqrt(-1)), ('log(0)', lambda: math.log(0)), ('log(-1)', lambda: math.log(-1)),
                 ('acos(2)', lambda: math.acos(2)), ('exp(1000)', lambda: math.exp(1000)), ('factorial(-1)', lambda: math.factorial(-1)),
                 ('factorial(2.5)', lambda: math.factorial(2.5)), ('isqrt(-1)', lambda: math.isqrt(-1)), ('pow(0,-1)', lambda: math.pow(0, -1)),
                 ('fmod(1,0)', lambda: math.fmod(1, 0)), ('comb(-1,1)', lambda: math.comb(-1, 1)), ('sqrt("x")', lambda: math.sqrt('x'))]:
    try:
        print(name, fn())
    except (ValueError, OverflowError, TypeError, ZeroDivisionError) as e:
        print(name, type(e).__name__, e)
print(math.sqrt(float('inf')), math.exp(-1000), math.log(float('inf')), math.atan(float('inf')))
