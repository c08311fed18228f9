s = 'a€𝔘b'
for c in s:
    print(c, ord(c))
print(list(s), tuple(reversed(s)), list(enumerate(s)))
print(sorted(set('mississippi')))
counts = {}
for c in 'hello world':
    counts[c] = counts.get(c, 0) + 1
print(counts)
print(''.join(c for c in 'a1b2c3' if c.isdigit()), [ord(c) - 96 for c in 'abc'])
it = iter('xy')
print(next(it), next(it), next(it, 'done'))
