d = {'a': 1, 'b': 2}
print(d.get('a'), d.get('z'), d.get('z', 0), d.setdefault('c', 3), d.setdefault('a', 100), d)
print(d.pop('b'), d.pop('zz', 'none'), d)
d.update({'x': 10}, y=20)
d.update([('a', -1)])
print(d, len(d), 'x' in d, 10 in d)
print(d.popitem(), d)
c = d.copy()
c['new'] = 1
print(d, c)
print(sorted(d.keys()), sum(d.values()))
d.clear()
print(d)
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)
try:
    {}.popitem()
except KeyError as e:
    print('KeyError', e)
