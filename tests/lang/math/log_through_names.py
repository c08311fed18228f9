import math
from math import log as _log
f = math.log
print(_log(81, 3), f(8, 2), math.log(100, 10), _log(math.e))
for args in [(), (1, 2, 3)]:
    try:
        f(*args)
    except TypeError as e:
        print(e)
try:
    _log(1, 2, 3)
except TypeError as e:
    print(e)
