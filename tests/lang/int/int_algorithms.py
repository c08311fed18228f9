def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def isqrt(n):
    x = n
    y = (x + 1) // 2
    while y < x:
        x, y = y, (y + n // y) // 2
    return x
def modinv(a, m):
    return pow(a, -1, m)
print(gcd(2 ** 100, 6 ** 40), isqrt(10 ** 40 + 12345), isqrt(2 * 10 ** 30), modinv(17, 3120))
def digits(n, base):
    out = []
    while n:
        n, r = divmod(n, base)
        out.append('0123456789abcdefghijklmnopqrstuvwxyz'[r])
    return ''.join(reversed(out)) or '0'
print(digits(2 ** 64, 36), int(digits(2 ** 64, 36), 36) == 2 ** 64, digits(0, 2), digits(255, 2))
def miller_rabin(n):
    if n < 2:
        return False
    d, s = n - 1, 0
    while d % 2 == 0:
        d, s = d // 2, s + 1
    for a in [2, 3, 5, 7, 11, 13, 17, 19, 23, 29, 31, 37]:
        if a % n == 0:
            continue
        x = pow(a, d, n)
        if x in (1, n - 1):
            continue
        for _ in range(s - 1):
            x = x * x % n
            if x == n - 1:
                break
        else:
            return False
    return True
print([p for p in [2 ** 61 - 1, 2 ** 61 + 1, 10 ** 18 + 9, 561, 97] if miller_rabin(p)])
