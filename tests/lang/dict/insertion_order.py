d = {}
for k in ['zeta', 'alpha', 'mid', 'beta']:
    d[k] = len(k)
print(d, list(d), list(d.values()), list(d.items()))
d['alpha'] = 99
print(d)
del d['zeta']
d['zeta'] = 0
print(d)
print({3: 'c', 1: 'a', 2: 'b'}, dict(b=2, a=1), dict([('y', 1), ('x', 2)]))
e = dict.fromkeys('hello', 0)
print(e)
