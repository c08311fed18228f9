# Dict views handed to the builtins made of iterators (map, filter, zip,
# enumerate, sorted, sum, max): each starts its own pass over the view.
d = {'a': 1, 'b': 2, 'c': -3}
print(dict(map(lambda kv: (kv[1], kv[0]), d.items())))
print(list(map(lambda v: v * 2, d.values())), list(filter(lambda k: k > 'a', d.keys())))
print(list(zip(d.keys(), d.values())), list(enumerate(d.items())), list(zip(d, d.values())))
ks = d.keys()
print(list(map(str.upper, ks)), list(map(str.upper, ks)), sorted(map(len, ks)))
print(sum(map(abs, d.values())), max(map(lambda kv: kv[1], d.items())))
m = map(lambda v: v, d.values())
print(next(m), list(m), list(m))
d['z'] = 26
print(list(map(lambda kv: kv[0] * kv[1], d.items())), list(filter(None, ks)))
