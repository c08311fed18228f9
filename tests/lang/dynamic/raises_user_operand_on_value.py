# A dunder returning NotImplemented for an operand held as a dynamic
# value, with no reflection on the other side: CPython's TypeError.
class Meters:
    def __init__(self, n):
        self.n = n

    def __truediv__(self, other):
        if isinstance(other, (int, float)):
            return Meters(self.n / other)
        return NotImplemented

    def __repr__(self):
        return 'Meters(%r)' % self.n


values = [Meters(3), 2, 'x', None]
m = values[0]
print(m / values[1], m / 0.5)
print(m / values[2])
