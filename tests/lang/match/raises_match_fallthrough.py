def area(shape):
    match shape:
        case ('square', s):
            return s * s
        case ('rect', w, h):
            return w * h
    raise TypeError('unknown shape: %r' % (shape,))
print(area(('square', 3)), area(('rect', 2, 5)))
print(area(('circle', 1)))
