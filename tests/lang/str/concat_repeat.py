s = ''
for i in range(10):
    s += str(i)
print(s, len(s))
print('ab' * 3, 3 * 'xy', 'a' * 0, 'a' * -2, '-' * 20)
parts = []
for w in ['alpha', 'beta', 'gamma']:
    parts.append(w.upper())
print(' '.join(parts), '+'.join('abc'))
acc = ''
for i in range(2000):
    acc += 'x'
print(len(acc))
print('a' 'b' 'c', 'x' + 'y' * 2)
try:
    'a' + 1
except TypeError as e:
    print('TypeError', e)
