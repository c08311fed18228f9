def parse(tokens):
    match tokens:
        case ['SET', key, '=', *value] if value:
            return ('set', key, ' '.join(value))
        case ['GET', key]:
            return ('get', key)
        case ['DEL', *keys]:
            return ('del', tuple(keys))
        case _:
            return ('error', tokens)
for line in ['SET x = 1 2', 'SET y =', 'GET x', 'DEL', 'DEL a b', 'NOP']:
    print(parse(line.split()))
match {'a': 1, 'b': 2, 'c': 3}:
    case {'a': 1, **rest}:
        print('rest', rest)
match {'x': 1}:
    case {'x': 1, 'y': _}:
        print('needs y')
    case {'x': x}:
        print('x only', x)
