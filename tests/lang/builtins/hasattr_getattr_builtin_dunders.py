# hasattr() of builtin values answers as dir(type) does, and the dunders
# getattr() finds are the operations they implement.
values = [[1, 2], "abc", 7, True, 2.5, {"k": 1}, (1, 2), {3, 4}, b"xy", frozenset([1]), 1j, None, range(3)]
names = ["__len__", "__add__", "__getitem__", "__contains__", "__hash__", "__iter__", "__bool__", "__doc__",
         "__class__", "__round__", "__and__", "__lt__", "__format__", "__name__", "upper", "append", "nothing"]
for v in values:
    print(type(v).__name__, [n for n in names if hasattr(v, n)])

print(getattr([1, 2], "__len__")(), getattr("abc", "__contains__")("b"), getattr({"k": 1}, "__getitem__")("k"))
print(getattr(3, "__add__")(4), getattr(3, "__add__")(1.5), getattr(1.5, "__add__")(2), getattr(True, "__and__")(False))
print(getattr(3, "__eq__")(3), getattr(3, "__eq__")("3"), getattr(2.0, "__lt__")(3), getattr(None, "__eq__")(None))
print(getattr([1], "__add__")([2]), getattr("ab", "__mul__")(2), getattr({1}, "__or__")({2}), getattr({1}, "__or__")([2]))
print(getattr({}, "__lt__")({}), getattr((1, 2), "__lt__")((1, 3)), getattr(b"a", "__eq__")(bytearray(b"a")), getattr(bytearray(b"a"), "__eq__")(b"a"))
print(list(getattr((5, 6), "__iter__")()), getattr(0, "__bool__")(), getattr(255, "__format__")("x"))
print(getattr([], "__hash__"), getattr("s", "__hash__")() == hash("s"))
dunder = getattr([1, 2, 3], "__len__")
print(dunder())
for v, n in [(1, "__len__"), ([], "__round__"), ("s", "__name__")]:
    try:
        getattr(v, n)
    except AttributeError as e:
        print("AttributeError:", e)
for call in [lambda: getattr([], "__len__")(1), lambda: getattr(1, "__add__")(),
             lambda: getattr([1], "__getitem__")(), lambda: getattr(1, "__format__")(1),
             lambda: getattr([1], "__add__")((1,))]:
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
