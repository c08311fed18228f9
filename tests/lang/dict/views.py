d = {'one': 1, 'two': 2, 'three': 3}
k, v, it = d.keys(), d.values(), d.items()
d['four'] = 4
print(list(k), list(v), list(it), len(k))
print('one' in k, 2 in v, ('two', 2) in it, k == {'one', 'two', 'three', 'four'})
print(sorted(k & {'one', 'five'}), sorted(k | {'x'}), sorted(k - {'one'}))
print(repr(d.keys()), repr(d.values()), repr(d.items()))
for key, val in d.items():
    print(key, val)
print(list(reversed(d)), list(reversed(d.values())))
