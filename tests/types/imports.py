import math
from collections import deque

root = math.sqrt(2.0)
q = deque()
q.append(1)
first = q.popleft()
pi2 = math.pi * 2
print(root, first, pi2)
