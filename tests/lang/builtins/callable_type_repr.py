class A:
    def m(self): pass
print(callable(len), callable(A), callable(A()), callable(A().m), callable(lambda: 0), callable('str'), callable(None))
print(repr('a'), repr(1.0), repr([1, 'b']), repr({'k': (1,)}), repr(None), repr(True), repr(b'\x00'), repr(1 + 1j))
print(str(1.0), str('a'), repr(range(3)), repr(set()), repr(frozenset()), repr({}), repr(()), repr([[]]))
print(type(A()).__name__, type(A).__name__, type(len).__name__, type(A().m).__name__, type(A.m).__name__)
print(repr(int), repr(str), repr(ValueError), repr(type(None)))
print(A.__name__, A.m.__name__, A.__qualname__, A.__module__)
