import math
import sys
import time
import random
from math import sqrt, pi

n = int(sys.argv[1]) if len(sys.argv) > 1 else 10
start = time.perf_counter()
r = sqrt(2.0) * pi
fl = math.floor(r)
random.seed(n)
pick = random.randint(1, 6)
print(n, r, fl, pick, time.perf_counter() - start >= 0)
