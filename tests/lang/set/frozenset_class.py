# type() of a set value asks at run time: set and frozenset share one representation.
def build(frozen, items):
    return frozenset(items) if frozen else set(items)


for value in (frozenset(), frozenset({1, 2}), set(), {3}, build(True, [4]), build(False, [5]) | {6}):
    kind = type(value)
    print(kind, kind.__name__, kind is frozenset, type(value) == set, isinstance(value, frozenset))

mixed = {frozenset({1}): "key"}
print([type(k).__name__ for k in mixed], type(frozenset({1}) | {2}).__name__, type({2} | frozenset({1})).__name__)
