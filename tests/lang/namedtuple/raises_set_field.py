from collections import namedtuple

Pair = namedtuple('Pair', 'left right')
p = Pair(1, 2)
print(p)
p.left = 3
