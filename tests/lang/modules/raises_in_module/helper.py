def check(n):
    if n > 2:
        raise ValueError('too big: %d' % n)
    return n * 10
