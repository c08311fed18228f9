n = 27
steps = 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
print('collatz steps', steps)
a, b = 1071, 462
while b:
    a, b = b, a % b
print('gcd', a)
i = 0
while i < 10:
    i += 1
    if i % 2:
        continue
    if i > 7:
        break
    print(i, end=' ')
print()
lo, hi, target = 0, 1000, 377
tries = 0
while lo <= hi:
    mid = (lo + hi) // 2
    tries += 1
    if mid == target:
        break
    if mid < target:
        lo = mid + 1
    else:
        hi = mid - 1
print('found', mid, 'in', tries)
