# Deleting a field that every construction stores: it is missing
# afterwards, through `del`, delattr with a name known at run time, and
# for its readers in other functions.


class Point:
    __slots__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z


def describe(p):
    out = []
    for name in ("x", "y", "z"):
        out.append(f"{name}={getattr(p, name)}" if hasattr(p, name) else f"{name} missing")
    return ", ".join(out)


p = Point(1.0, 2.0, 3.0)
print(describe(p))
del p.x
print(describe(p))
name = "yz"[len(describe(p)) % 1]
delattr(p, name)
print(describe(p))
try:
    print(p.y)
except AttributeError as e:
    print("AttributeError:", e)
p.x = 5.0
print(describe(p))


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


n = Node(1)
del n.next
try:
    n.next
except AttributeError as e:
    print("AttributeError:", e)
n.next = Node(2)
print(n.next.value, hasattr(n.next, "next"))
