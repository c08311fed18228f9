# Operator and reflected dunders whose defs take extra parameters with
# defaults (`def __radd__(self, other, context=None)`), typed and through Values.
class M:
    def __init__(self, v):
        self.v = v

    def __add__(self, other, context=None):
        if isinstance(other, M):
            return M(self.v + other.v)
        if isinstance(other, int):
            return M(self.v + other)
        return NotImplemented

    def __radd__(self, other, context=None):
        return self.__add__(other, context)

    def __mul__(self, other, scale=1):
        return M(self.v * other * scale)

    def __rmul__(self, other, scale=1):
        return M(other * self.v * scale)

    def __eq__(self, other, strict=False):
        return isinstance(other, M) and self.v == other.v

    def __lt__(self, other, context=None):
        return self.v < (other.v if isinstance(other, M) else other)

    def __hash__(self):
        return hash(self.v)

    def __getitem__(self, i, default=0):
        return self.v * 10 + i

    def __repr__(self, context=None):
        return "M(%r)" % self.v


print(M(1) + 5, 5 + M(2), M(1) + M(2), 3 * M(4), M(4) * 3)
print(sum([M(1), M(2), M(3)]), sum([M(1)], M(10)))
items = [M(3), 1, M(2), 7]
total = 0
for x in items:
    total = total + x
print(total, [2 + x for x in items], [x * 2 for x in items])
print(sorted([M(3), M(1), M(2)]), M(2) == M(2), M(2) != M(3), M(1) in [M(0), M(1)])
print(M(4)[2], {M(1): "one"}[M(1)], str(M(9)), f"{M(8)!r}")
try:
    print("a" + M(1))
except TypeError as e:
    print("TypeError", e)
for left in ("a", [1], (1,)):
    try:
        print(left + M(1))
    except TypeError as e:
        print("TypeError", e)
things = ["a", M(1)]
try:
    print(things[0] + things[1])
except TypeError as e:
    print("TypeError", e)
