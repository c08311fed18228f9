class Bag:
    def __init__(self):
        self.items = []
    def __iadd__(self, item):
        self.items.append(item)
        return self
    def __isub__(self, item):
        self.items.remove(item)
        return self
    def __imul__(self, n):
        self.items = self.items * n
        return self
    def __ior__(self, other):
        self.items.extend(other)
        return self
    def __ilshift__(self, n): self.items.append(('<<', n)); return self
    def __itruediv__(self, n): self.items.append(('/', n)); return self
    def __ifloordiv__(self, n): self.items.append(('//', n)); return self
    def __imod__(self, n): self.items.append(('%', n)); return self
    def __ipow__(self, n): self.items.append(('**', n)); return self
    def __iand__(self, n): self.items.append(('&', n)); return self
    def __ixor__(self, n): self.items.append(('^', n)); return self
    def __irshift__(self, n): self.items.append(('>>', n)); return self
    def __imatmul__(self, n): self.items.append(('@', n)); return self
b = Bag()
alias = b
b += 1
b += 2
b -= 1
b *= 2
b |= [7]
b <<= 1; b /= 2; b //= 3; b %= 4; b **= 5; b &= 6; b ^= 7; b >>= 8; b @= 9
print(b.items, alias is b)
class OnlyAdd:
    def __init__(self, v): self.v = v
    def __add__(self, o): return OnlyAdd(self.v + o)
x = OnlyAdd(1)
y = x
x += 5
print(x.v, y.v, x is y)
lst = [1]
lst2 = lst
lst += [2]
print(lst2)
t = (1,)
t2 = t
t += (2,)
print(t, t2)
