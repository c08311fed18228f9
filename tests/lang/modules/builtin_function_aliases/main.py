# Functions of the runtime's modules bound under other names, in the main
# module and in an imported one, then called through those names.
from math import exp as e2, sqrt, floor as _floor
from time import time as _now, perf_counter
import helper

print(e2(0), sqrt(16), _floor(2.5))
print(helper.X, helper.hyp(3, 4))
start = _now()
print(type(start).__name__, _now() >= start, perf_counter() >= 0)
try:
    _now(1)
except TypeError as e:
    print('TypeError', e)
