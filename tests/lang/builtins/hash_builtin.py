print(hash(0), hash(42), hash(-7), hash(2 ** 62), hash(-(2 ** 62)), hash(10 ** 20))
print(hash((1, 2)), hash((1, (2, 3), -4)), hash(()), hash((None,)) == hash((None,)), hash(frozenset()) == hash(frozenset()))
print(hash(1.0), hash(0.5), hash(-2.5), hash(1e100), hash(True), hash(None) == hash(None))
print(hash((1.5, -1)), hash((True, False)))
for v in [[1], {1: 2}, {1}]:
    try:
        hash(v)
    except TypeError as e:
        print('TypeError', e)
print(hash('abc') == hash('abc'), hash(b'x') == hash(b'x'))
