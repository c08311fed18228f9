class A:
    pass


for o, k in [(A(), 'k'), (A(), 0), ((1,), 'k'), ((1,), 0), (None, 0), (5, 0), (True, 1), ('s', 'k'), ('s', True), (range(3), 0), (b'x', 0), (frozenset(), 0), (2.5, 0)]:
    try:
        del o[k]
    except TypeError as e:
        print(type(o).__name__, k, e)
