t = tuple('mississippi')
print(t.count('s'), t.index('p'), t.index('s', 4), len(t), t[::3], sorted(t)[:4], list(reversed(t))[:3])
try:
    t.index('z')
except ValueError as e:
    print('ValueError', e)
total = 0
for i, (a, b) in enumerate(((1, 2), (3, 4))):
    total += i * (a + b)
print(total, max((3, 'c'), (3, 'd')), min(((1, 2), (1,))))
