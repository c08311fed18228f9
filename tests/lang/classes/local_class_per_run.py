# A class statement in a function that reads the function's variables makes
# a new class object on every run, as CPython's: each run's class keeps its
# own class attributes and its methods see that run's variables.


def make(n):
    class C:
        size = n
        tags = []

        def get(self):
            return n

        def twice(self):
            return self.get() * 2

        def __repr__(self):
            return f"C({n})"

    return C


A = make(1)
B = make(2)
a, b = A(), B()
print(A is B, A is make(1), A == B)
print(a.get(), b.get(), a.twice(), b.twice())
print(A.size, B.size, a.size, b.size)
A.tags.append("x")
print(A.tags, B.tags, A.tags is B.tags)
print(isinstance(a, A), isinstance(a, B), isinstance(b, B), isinstance(b, A))
print(type(a) is A, type(b) is B, type(a) is type(b), a.__class__ is A)
print(type(a).__name__, type(b).__qualname__, A.__qualname__)
print(A, repr(B))
print(a, b, [a, b])
A.size = 10
print(A.size, B.size, a.size)
print(make(3)().get(), A().get(), B().twice())


# Values of several runs held together, as dyn.
def describe(objs):
    return [(type(o).__qualname__, o.get()) for o in objs]


print(describe([A(), B(), make(5)()]))
classes = {A: "one", B: "two"}
print(classes[type(a)], classes[type(b)], len(classes))


def counter(start):
    count = start

    class Counter:
        def bump(self):
            nonlocal count
            count += 1
            return count

    return Counter


K1 = counter(0)
K2 = counter(100)
k1, k1b, k2 = K1(), K1(), K2()
print(k1.bump(), k1b.bump(), k2.bump(), k1.bump(), k2.bump())
