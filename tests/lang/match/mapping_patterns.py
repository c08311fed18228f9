def handle(event):
    match event:
        case {'type': 'click', 'pos': (x, y)}:
            return 'click at %d,%d' % (x, y)
        case {'type': 'key', 'key': str(k), **rest}:
            return 'key %s extra %r' % (k, rest)
        case {'type': 'scroll', 'delta': int() | float() as d} if d != 0:
            return 'scroll by %r' % d
        case {'type': t}:
            return 'unknown type ' + t
        case {}:
            return 'untyped mapping'
        case _:
            return 'not a mapping'
for e in [{'type': 'click', 'pos': (3, 4)}, {'type': 'key', 'key': 'q', 'mod': 'ctrl'}, {'type': 'scroll', 'delta': 2.5},
          {'type': 'scroll', 'delta': 0}, {'other': 1}, [1], {'type': 'click', 'pos': [1, 2], 'x': 0}]:
    print(handle(e))
