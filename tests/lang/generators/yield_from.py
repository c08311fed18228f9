def inner(n):
    for i in range(n):
        yield i
    return 'inner done %d' % n
def outer():
    r1 = yield from inner(2)
    print('got', r1)
    r2 = yield from inner(3)
    print('got', r2)
    yield from 'ab'
    yield from [10, 20]
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])))
def tree(depth):
    if depth == 0:
        yield 'leaf'
        return
    yield 'node%d' % depth
    yield from tree(depth - 1)
    yield from tree(depth - 1)
print(list(tree(2)))
