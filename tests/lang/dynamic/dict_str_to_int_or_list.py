d = {'a': 1, 'b': [1, 2], 'c': 3}
d['d'] = [d['a'], d['c']]
for k, v in d.items():
    if isinstance(v, list):
        print(k, 'list of', len(v), 'sum', sum(v))
    else:
        print(k, 'int', v * 10)
d['a'] = [d['a']] * 3
d['b'] = len(d['b'])
print(d)
total = 0
for v in d.values():
    total += sum(v) if isinstance(v, list) else v
print(total)
