def norm(p):
    match p:
        case (x, 0) | (0, x):
            return 'on axis at %r' % x
        case [x, y] | {'x': x, 'y': y}:
            return 'point %r,%r' % (x, y)
        case _:
            return '?'
for p in [(5, 0), (0, 3), (0, 0), [1, 2], {'x': 7, 'y': 8}, (1, 2, 3)]:
    print(p, norm(p))
