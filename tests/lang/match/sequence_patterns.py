def shape(v):
    match v:
        case []:
            return 'empty'
        case [x]:
            return 'one: %r' % (x,)
        case [x, y]:
            return 'pair %r %r' % (x, y)
        case [first, *_, last] if first == last:
            return 'bookends %r' % (first,)
        case (1, *rest):
            return 'starts with 1, rest %r' % (rest,)
        case [_, _, *middle, _]:
            return 'long, middle %r' % (middle,)
        case _:
            return 'no match'
for v in [[], [5], (1, 2), [3, 4, 3], [1, 9, 8], (7, 8, 9, 10, 11), 'abc', range(3), [[1, 2]]]:
    print(repr(v), shape(v))
match [1, [2, [3, 4]]]:
    case [a, [b, [c, d]]]:
        print(a + b + c + d)
