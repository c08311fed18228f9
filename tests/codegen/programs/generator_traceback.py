# An exception raised inside a generator shows the generator's frame below
# the frame that resumed it (a for loop, next(), sum()).
def items(n):
    i = 0
    while True:
        yield i
        i += 1
        if i > n:
            raise ValueError('generator ran out of items')


def pairs(n):
    for v in items(n):
        yield v * 2


g = items(1)
print(next(g), next(g, -1))
total = 0
for x in pairs(2):
    total += x
    print('pair', x, total)
