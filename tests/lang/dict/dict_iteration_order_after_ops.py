d = dict.fromkeys(range(10))
for k in [3, 7, 1]:
    del d[k]
d[3] = 'back'
d[100] = 'new'
d.update({0: 'zero', 50: 'fifty'})
print(list(d), d[3], d[0])
d2 = {k: v for k, v in sorted(d.items(), key=lambda kv: -kv[0])}
print(list(d2))
print(dict(sorted({'b': 1, 'a': 2}.items())), list(zip(d, range(3))))
