print([1, [2, [3, [4, []]]]], [[], [[]]], [(1,), {'a': [1]}, {2}], ['quote\'s', "dq\"", '\\'])
print([0.1, 1e-7, 1e22, -0.0, float('inf')], [True, None, ...], [b'x', bytearray(b'y')])
print(str([1, 'a']) == repr([1, 'a']), list(map(repr, ['a', 1])))
