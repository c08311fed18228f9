def run(cmd):
    match cmd.split():
        case ['go', ('north' | 'south' | 'east' | 'west') as direction]:
            return 'going ' + direction
        case ['take', item] if item != 'nothing':
            return 'taking ' + item
        case ['take', _]:
            return 'take what?'
        case ['drop', *items] if items:
            return 'dropping ' + ','.join(items)
        case ['quit' | 'exit']:
            return 'bye'
        case [verb, *_]:
            return 'unknown verb ' + verb
        case []:
            return 'say something'
for c in ['go north', 'go up', 'take lamp', 'take nothing', 'drop a b c', 'drop', 'exit', 'dance now', '']:
    print(repr(c), '->', run(c))
