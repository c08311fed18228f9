class V:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return 'V(%r, %r)' % (self.x, self.y)
    def __add__(self, o): return V(self.x + o.x, self.y + o.y)
    def __sub__(self, o): return V(self.x - o.x, self.y - o.y)
    def __mul__(self, k): return V(self.x * k, self.y * k)
    def __rmul__(self, k): return V(k * self.x, k * self.y)
    def __truediv__(self, k): return V(self.x / k, self.y / k)
    def __floordiv__(self, k): return V(self.x // k, self.y // k)
    def __mod__(self, k): return V(self.x % k, self.y % k)
    def __pow__(self, k): return V(self.x ** k, self.y ** k)
    def __matmul__(self, o): return self.x * o.x + self.y * o.y
    def __neg__(self): return V(-self.x, -self.y)
    def __pos__(self): return self
    def __abs__(self): return (self.x ** 2 + self.y ** 2) ** 0.5
    def __invert__(self): return V(self.y, self.x)
    def __divmod__(self, k): return (self // k, self % k)
    def __lshift__(self, n): return V(self.x << n, self.y << n)
    def __rshift__(self, n): return V(self.x >> n, self.y >> n)
    def __and__(self, o): return V(self.x & o.x, self.y & o.y)
    def __or__(self, o): return V(self.x | o.x, self.y | o.y)
    def __xor__(self, o): return V(self.x ^ o.x, self.y ^ o.y)
a, b = V(3, 4), V(1, -2)
print(a + b, a - b, a * 2, 3 * a, a / 2, a // 2, a % 3, a ** 2, a @ b, -a, +a, abs(a), ~a)
print(divmod(a, 2), a << 2, a >> 1, a & b, a | b, a ^ b)
