d = {1: 'int', 1.0: 'float', True: 'bool'}
print(d)
d = {(1, 2): 'tuple', None: 'none', 'k': 'str', 2.5: 'float', frozenset([1]): 'fs', b'b': 'bytes'}
print(d[(1, 2)], d[None], d[2.5], d[frozenset({1})], d[b'b'], len(d))
try:
    d[[1]] = 2
except TypeError as e:
    print('TypeError', e)
try:
    print(d['missing'])
except KeyError as e:
    print('KeyError', e, repr(e))
print({0: 'a', 0.0: 'b', False: 'c'}, {-0.0: 1})
