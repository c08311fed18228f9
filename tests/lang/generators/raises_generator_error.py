def items():
    yield 1
    yield 2
    raise LookupError('generator ran out of items')
for v in items():
    print('item', v)
