def parse(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError('cannot parse %r' % text) from e


def load(items):
    total = 0
    for item in items:
        try:
            total += parse(item)
        finally:
            print('done', item)
    return total


print(load(['1', '2']))
try:
    load(['x'])
except RuntimeError as e:
    print('caught', e, repr(e.__cause__))
load(['5', 'bad'])
