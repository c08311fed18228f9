# error: 2:8: importing a module other than sys
import math
print(math.pi)
