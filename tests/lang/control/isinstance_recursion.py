# Recursive functions that test isinstance before indexing or iterating:
# the specialisation for a number still holds the branch that indexes.
def first_leaf(x):
    if isinstance(x, tuple):
        return first_leaf(x[0])
    return x


def total(x):
    if isinstance(x, (list, tuple)):
        return sum(total(y) for y in x)
    return x


def walk(x, depth=0):
    if isinstance(x, dict):
        for k, v in sorted(x.items()):
            print("  " * depth + str(k) + ":")
            walk(v, depth + 1)
    elif isinstance(x, (list, tuple)):
        for v in x:
            walk(v, depth + 1)
    else:
        print("  " * depth + repr(x))


print(first_leaf(((1, 2), 3)), first_leaf(7))
print(total((1, (2, 3))), total([1.5, 2]), total(4))
walk({"a": 1, "b": [2, 3.5], "c": {"d": (4, "e")}})
