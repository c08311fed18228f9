def kind(v):
    match v:
        case bool(b):
            return 'bool %r' % b
        case int(0):
            return 'int zero'
        case int(i) if i < 0:
            return 'negative int'
        case int():
            return 'positive int'
        case float(f):
            return 'float %r' % f
        case str('') :
            return 'empty str'
        case str(s):
            return 'str of %d' % len(s)
        case list([]) | tuple(()):
            return 'empty sequence'
        case list([int(), *_]):
            return 'list starting with int'
        case dict({'k': v2}):
            return 'dict with k=%r' % v2
        case bytes(b):
            return 'bytes ' + b.hex()
        case _:
            return 'other'
for v in [True, 0, -5, 7, 2.5, '', 'abc', [], (), [1, 'x'], ['x'], {'k': 9}, b'\x01', None]:
    print(repr(v), kind(v))
