class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return self.v + 1000
    def __float__(self): return self.v / 2
xs = list(range(10))
print(xs[Idx(3)], xs[Idx(1):Idx(4)], bin(Idx(5)), hex(Idx(255)), int(Idx(1)), float(Idx(3)), range(Idx(3)))
print('ab' * Idx(2), [0] * Idx(3))
class R:
    def __round__(self, n=None): return ('round', n)
    def __trunc__(self): return 7
    def __floor__(self): return 8
    def __ceil__(self): return 9
import math
print(round(R()), round(R(), 2), math.trunc(R()), math.floor(R()), math.ceil(R()))
class L:
    def __length_hint__(self): return 5
    def __reversed__(self): return iter([3, 2, 1])
print(list(reversed(L())))
