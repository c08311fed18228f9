xs = ['a', 'b', 'c', 'd', 'e']
for i in range(len(xs) - 1, -1, -1):
    print(i, xs[i], end='; ')
print()
for i in range(0, len(xs), 2):
    print(xs[i:i + 2])
acc = []
for i in range(3):
    for j in range(i, 3):
        acc.append(i * 10 + j)
print(acc)
n = 0
for _ in range(1000):
    n += 1
print(n)
r = range(10)
it1, it2 = iter(r), iter(r)
print(next(it1), next(it1), next(it2))
