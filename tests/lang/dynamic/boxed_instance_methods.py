# Methods called on dyn values holding instances that reached them in
# many ways: the dyn specialisation of each method must exist for every
# class whose instances can be boxed, and only their calls run it.


class Leaf:
    def __init__(self, v):
        self.v = v

    def describe(self, prefix):
        return prefix + ":leaf(" + str(self.v) + ")"

    def weight(self):
        return self.v


class Branch:
    def __init__(self, kids):
        self.kids = kids

    def describe(self, prefix):
        return prefix + ":branch[" + ",".join(k.describe("") for k in self.kids) + "]"

    def weight(self):
        return sum(k.weight() for k in self.kids)


class Other:
    # Never boxed: its describe is only called typed.
    def describe(self, prefix):
        return prefix + "other"


# A mixed list: ints, strs and instances.
mixed = [1, "two", Leaf(3), Branch([Leaf(1), Leaf(2)])]
for item in mixed:
    if hasattr(item, "describe"):
        print(item.describe("m"), item.weight())

# A dict of mixed values.
table = {"a": Leaf(5), "b": 7, "c": [1, 2], "d": None, "e": Branch([Leaf(4)])}
for key in sorted(table):
    value = table[key]
    if isinstance(value, (Leaf, Branch)):
        print(key, value.describe("d"))


# A function taking mixed arguments.
def show(x):
    if isinstance(x, int):
        return "int " + str(x)
    return x.describe("f")


for arg in [Leaf(8), 9, Branch([Leaf(1)]), "s" if False else Leaf(0)]:
    print(show(arg))


# A function with mixed returns, its result used through a method.
def make(kind):
    if kind == 0:
        return Leaf(10)
    if kind == 1:
        return "text"
    if kind == 2:
        return 2.5
    if kind == 3:
        return [kind]
    return Branch([Leaf(kind)])


for k in range(5):
    r = make(k)
    print(r.describe("r") if hasattr(r, "describe") else r)

# getattr with a name known at run time.
for name in ["describe", "weight"]:
    method = getattr(Leaf(11), name)
    print(method("g") if name == "describe" else method())

print(Other().describe("typed "))
