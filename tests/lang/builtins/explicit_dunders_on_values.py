# Dunder methods called explicitly on builtin values, as code that
# forwards to a wrapped container or calls the protocol by hand does.
s = {1, 2, 3}
print(s.__len__(), s.__contains__(2), s.__contains__(9))
print(sorted(s.__or__({7})), sorted(s.__and__({2, 3, 4})), sorted(s.__sub__({1})), sorted(s.__xor__({3, 4})))
print(s.__eq__({3, 2, 1}), s.__ne__({1}), s.__le__({1, 2, 3, 4}), s.__lt__(s), s.__ge__({1}), s.__gt__({1}))

xs = [3, 1, 2]
print(xs.__len__(), xs.__getitem__(0), xs.__getitem__(-1), xs.__contains__(1), xs.__contains__("1"))
print(xs.__add__([9]), xs.__mul__(2), xs.__eq__([3, 1, 2]), xs.__lt__([3, 2]), xs.__repr__(), xs.__str__())
it = xs.__iter__()
print(next(it), next(it), list(it))
try:
    xs.__getitem__(10)
except IndexError as e:
    print("IndexError:", e)

d = {"a": 1, "b": 2}
print(d.__len__(), d.__getitem__("b"), d.__contains__("a"), d.__contains__("z"), d.__eq__({"b": 2, "a": 1}))
print(d.__or__({"c": 3}), d.__ne__({}), d.__repr__(), list(d.__iter__()))
try:
    d.__getitem__("z")
except KeyError as e:
    print("KeyError:", e)

t = (1, "two", 3.0)
print(t.__len__(), t.__getitem__(1), t.__contains__(3), t.__add__((4,)), t.__mul__(2), t.__hash__() == hash(t))
print(t.__eq__((1, "two", 3.0)), (1, 2).__lt__((1, 3)), t.__repr__())

w = "hello"
print(w.__len__(), w.__getitem__(1), w.__contains__("ell"), w.__add__("!"), w.__mul__(3), w.__mod__(()))
print("%s-%d".__mod__(("x", 4)), w.__eq__("hello"), w.__lt__("help"), w.__ge__("z"), w.__hash__() == hash(w))
print(w.__repr__(), w.__str__(), w.__format__(">8"), "".join(w.__iter__()))

n, f, b = 7, 2.5, True
print(n.__add__(3), n.__mul__(6), n.__eq__(7), n.__lt__(8), n.__hash__(), n.__bool__(), (0).__bool__())
print(f.__add__(1), f.__eq__(2.5), f.__lt__(3), f.__hash__() == hash(f), f.__bool__(), f.__str__(), f.__format__(".3f"))
print(b.__and__(False), b.__or__(False), b.__add__(1), b.__eq__(1), b.__repr__(), b.__hash__())
print(n.__format__("05d"), n.__str__(), n.__repr__(), (255).__format__("x"))

bs = b"abc"
print(bs.__len__(), bs.__getitem__(0), bs.__contains__(b"bc"), bs.__add__(b"d"), bs.__eq__(b"abc"), bs.__hash__() == hash(bs))

r = range(2, 10, 3)
print(r.__len__(), r.__getitem__(1), r.__contains__(8), r.__eq__(range(2, 11, 3)), list(r.__iter__()))

# The result feeds further typed code.
total = 0
for container in ([1, 2], [3, 4, 5]):
    total += container.__len__()
print(total, sum(x.__mul__(2) for x in range(4)), max(["b", "a"], key=lambda v: v.__hash__() * 0 + len(v)))
