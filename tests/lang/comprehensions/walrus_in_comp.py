data = [4, 9, 16, 25, 2]
import math
print([r for x in data if (r := math.isqrt(x)) ** 2 == x])
print(r)
total = 0
running = [total := total + x for x in data]
print(running, total)
print([(x, y) for x in range(5) if (y := x * x) % 2])
