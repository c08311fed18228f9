a = b + c - d * e / f // g % h ** i @ j
a += 1; a -= 1; a *= 1; a /= 1; a //= 1; a %= 1; a **= 1; a @= 1
a &= 1; a |= 1; a ^= 1; a <<= 1; a >>= 1
b = a < b > c <= d >= e == f != g
c = ~a & b | c ^ d << e >> f
def f(x: int = 1, *args, **kwargs) -> None: ...
if (n := 10) > 5: pass
d = {k: v for k, v in x}; s = {1, 2}; l = [1, 2][0:1:2]
@decorator
class C: pass
x = lambda: (a, *b)
y = a if b else c
