def limited(xs, limit):
    total = 0
    for x in xs:
        if total + x > limit:
            return total
        total += x
        yield x
    return total
g = limited([5, 10, 20, 1], 30)
out = []
while True:
    try:
        out.append(next(g))
    except StopIteration as e:
        print('yielded', out, 'returned', e.value)
        break
def wrap():
    r = yield from limited([1, 2, 3], 100)
    yield ('final', r)
print(list(wrap()))
