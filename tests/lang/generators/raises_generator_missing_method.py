# A generator has no methods besides send/throw/close: a branch that calls
# a dict method on a value that may be a generator compiles, and raises
# CPython's AttributeError when a generator reaches it.
def total(counts):
    if isinstance(counts, dict):
        return sum(counts.values())
    return sum(1 for _ in counts)


def items_of(source):
    return list(source.items())


print(total({"a": 2, "b": 3}))
print(total(c for c in "abc"))
print(items_of({"k": 1}))
print(items_of(x for x in range(3)))
