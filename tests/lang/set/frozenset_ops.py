f = frozenset([5, 1, 3])
print(f, len(f), 3 in f, f | {9}, f & {1, 5, 7}, type(f | {9}).__name__, type({9} | f).__name__)
d = {f: 'frozen'}
print(d[frozenset({1, 3, 5})], hash(f) == hash(frozenset([3, 5, 1])))
print(frozenset() == set(), {frozenset({1}), frozenset({1})}, f == {1, 3, 5})
try:
    f.add(2)
except AttributeError as e:
    print('AttributeError', e)
try:
    {{1}}
except TypeError as e:
    print('TypeError', e)
