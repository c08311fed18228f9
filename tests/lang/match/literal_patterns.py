def describe(v):
    match v:
        case 0:
            return 'zero'
        case 1 | 2 | 3:
            return 'small'
        case -1:
            return 'minus one'
        case 'hello':
            return 'greeting'
        case b'raw':
            return 'bytes'
        case None:
            return 'none'
        case True:
            return 'true'
        case 2.5:
            return 'two and a half'
        case 1j:
            return 'imaginary'
        case _:
            return 'other ' + repr(v)
for v in [0, 1, 3, -1, 'hello', b'raw', None, True, False, 2.5, 1j, 1.0, 'x']:
    print(repr(v), describe(v))
