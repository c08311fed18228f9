import math
s = math.sqrt
print(s(4.0))
print(s(x=4.0))
