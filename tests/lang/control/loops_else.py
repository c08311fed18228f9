def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            print('found at', i)
            break
    else:
        print('not found')
find([1, 2, 3], 2)
find([1, 2, 3], 9)
find([], 1)
n = 10
while n > 0:
    n -= 3
    if n == 4:
        break
else:
    print('while finished without break', n)
print('n =', n)
n = 10
while n > 0:
    n -= 3
else:
    print('while else ran', n)
for i in range(3):
    for j in range(3):
        if j == 2:
            break
        if (i + j) % 2:
            continue
        print(i, j)
    else:
        print('inner else never')
primes = []
for n in range(2, 40):
    for p in primes:
        if n % p == 0:
            break
    else:
        primes.append(n)
print(primes)
