class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, B)), isinstance(b, C), issubclass(B, A), issubclass(A, B), issubclass(B, (C, A)))
print(isinstance(1, int), isinstance(True, int), isinstance(1.0, int), isinstance('s', str), isinstance([], (list, tuple)))
print(isinstance(None, type(None)), isinstance(A, type), isinstance(b, object), issubclass(bool, object))
print(type(b) is B, type(b) == A, type(1) is int, type(type) is type, type(A).__name__)
for v in [1, 2.0, 'x', [1], (1,), {1: 2}, {1}, None, b, len]:
    print(type(v).__name__, isinstance(v, (int, float)))
try:
    isinstance(1, 2)
except TypeError as e:
    print('TypeError', e)
