def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError('cannot parse %r' % s) from e
print(parse('12'))
print(parse('twelve'))
