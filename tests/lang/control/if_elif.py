def classify(n):
    if n < 0:
        return 'negative'
    elif n == 0:
        return 'zero'
    elif n % 2 == 0 and n > 100:
        return 'big even'
    elif n % 2 == 0:
        return 'even'
    else:
        return 'odd'
print([classify(n) for n in [-5, 0, 4, 7, 200, 201]])
for v in [0, 1, '', 'a', [], [0], None, 0.0, -0.1, {}, set(), (), range(0)]:
    if v:
        print(repr(v), 'truthy')
    else:
        print(repr(v), 'falsy')
x = 5
y = 'big' if x > 3 else 'small'
print(y, 'a' if 0 else 'b' if '' else 'c')
print(0 or '' or 'last', 1 and 2 and 3, 0 and crash_never, None or [] or 0, 'x' and '')
