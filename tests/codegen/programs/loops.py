def count_primes(limit):
    count = 0
    for n in range(2, limit):
        is_prime = True
        d = 2
        while d * d <= n:
            if n % d == 0:
                is_prime = False
                break
            d += 1
        if not is_prime:
            continue
        count += 1
    return count


total = 0
for i in range(10, 0, -3):
    total += i
    print(i, total, sep=", ", end="; ")
print()
for i in range(0):
    print("never")
for i in range(-5, 5, 2):
    if i == 1:
        break
    print(i)
print(count_primes(1000))
n = 27
steps = 0
while n != 1:
    if n % 2 == 0:
        n = n // 2
    elif n % 3 == 0:
        n = n // 3
    else:
        n = 3 * n + 1
    steps += 1
print("collatz", steps)
