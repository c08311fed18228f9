total = 0
for i in range(1, 11):
    for j in range(i):
        total += i * j
print(total)
for i in range(10, -1, -5):
    print(i, end=' ')
print()
r = range(3)
print([(x, y) for x in r for y in r if x != y])
it = iter(range(3))
print(next(it), list(it))
print(range(5).start, range(5).stop, range(1, 9, 2).step, bool(range(0)), bool(range(1)))
