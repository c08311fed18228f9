# math.sqrt's special values: -0.0 keeps its sign, inf and nan pass through,
# and every negative argument (-inf and the tiniest included) is a domain error.
import math

print(math.sqrt(2.0), math.sqrt(-0.0), math.sqrt(float('inf')), math.sqrt(float('nan')), math.sqrt(16), math.sqrt(True))
for x in (-1.0, float('-inf'), -1e-300, -5):
    try:
        math.sqrt(x)
    except ValueError as e:
        print('ValueError', x, e)
