# Values whose type is a union, None or dyn: boxed, dispatched at run time.
def pick(flag):
    if flag == 0:
        return None
    if flag == 1:
        return 7
    return 'seven'

for flag in range(3):
    v = pick(flag)
    print(flag, v, v is None, v is not None, v == 7, v != 'seven', bool(v), repr(v))

x = 10
x = x / 4
x = x * 2
print(x, -x, abs(-x), x > 4, 4 < x <= 5.0)

mixed = [1, 'a', 2.5, None, True]
for item in mixed:
    print(item, item in mixed, item == 1)
print(len(mixed), mixed[1], mixed[-1], mixed[1:3])

total = 0
total = total + 1.5
total += 2
print(total, total * 2, total // 2, total % 2, 2 ** total)

n = None
n = 3
n += 4
print(n, n << 2, n & 5, n | 8, n ^ 1, ~n)

def describe(value):
    if value is None:
        return 'nothing'
    if isinstance(value, str):
        return 'text ' + value.upper()
    if isinstance(value, (int, float)):
        return 'number ' + str(value + 1)
    return 'other ' + repr(value)

for value in [None, 'hi', 3, 4.5, [1, 2], (1,)]:
    print(describe(value))

maybe = pick(0)
fallback = maybe or 'default'
print(fallback, pick(1) or 'default', pick(1) and 'yes', pick(0) and 'yes')

s = pick(2)
print(s * 2, s + '!', s[0], s[-1], len(s), 'v' in s, s.upper())
k = pick(1)
print(int(k), float(k), str(k), k + True, k // 2, k % 3, -k)

def safe(f):
    try:
        return f()
    except TypeError as e:
        return 'TypeError: ' + str(e)
    except AttributeError as e:
        return 'AttributeError: ' + str(e)
    except IndexError as e:
        return 'IndexError: ' + str(e)

print(safe(lambda: pick(1) + 'a'))
print(safe(lambda: pick(2) + 1))
print(safe(lambda: pick(0) + 1))
print(safe(lambda: pick(0) < 1))
print(safe(lambda: pick(0)[0]))
print(safe(lambda: len(pick(1))))
print(safe(lambda: pick(2)[5]))
print(safe(lambda: -pick(2)))

value = pick(0)
print(value.upper())
