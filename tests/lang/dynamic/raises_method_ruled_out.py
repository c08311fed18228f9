# One function walks nested data; a branch an isinstance() test rules out
# for one specialisation still runs for another, and a method the value's
# type lacks raises CPython's AttributeError.


def total(t):
    if isinstance(t, int):
        return t
    if isinstance(t, str):
        return len(t)
    if isinstance(t, dict):
        return sum(total(v) for v in t.values())
    return sum(total(x) for x in t)


print(total([1, 'abc', {'a': 2, 'b': [3, 'x']}, (4, 5)]))
print(total({'k': [1, 2], 'j': 'hello'}))


def keys_of(x):
    return sorted(x.keys())


print(keys_of({'b': 1, 'a': 2}))
print(keys_of([1, 2]))
