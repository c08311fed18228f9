text = 'the quick brown fox jumps over the lazy dog the end'
freq = {}
for w in text.split():
    freq[w] = freq.get(w, 0) + 1
print(freq)
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:3])
from collections import Counter, defaultdict, OrderedDict
c = Counter(text.split())
print(c.most_common(2), c['the'], c['nope'])
groups = defaultdict(list)
for w in text.split():
    groups[len(w)].append(w)
print(dict(groups))
od = OrderedDict()
od['b'] = 1
od['a'] = 2
od.move_to_end('b')
print(list(od.items()))
