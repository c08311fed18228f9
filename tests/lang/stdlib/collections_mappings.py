# Counter, defaultdict and OrderedDict where a dict is expected: dict(),
# {**m}, d.update(m), comparisons with dicts, and the in-place operators.
from collections import Counter, OrderedDict, defaultdict

c = Counter('abracadabra')
print(dict(c), {**c, 'z': 0}, sorted(c), len(c), 'a' in c, c.get('q', -1))
plain = {'x': 1}
plain.update(c)
print(plain, c == dict(c), dict(c) == c, c != {'a': 5})

counts = Counter(a=1, b=0)
print(counts == Counter(a=1), counts == {'a': 1}, Counter(a=1) <= Counter(a=2), Counter(a=2) > Counter(a=2))
same = counts
counts += Counter('aab')
counts -= Counter('b')
print(counts, counts is same)

groups = defaultdict(list, {'seed': [0]})
for word in 'one two three four five'.split():
    groups[len(word)].append(word)
print(dict(groups), {**groups}, list(groups.keys()), list(groups.values())[1])
print(groups.pop(3), groups.pop('missing', None), groups.setdefault('new', [9]), len(groups))

od = OrderedDict(b=2, a=1)
od.update([('c', 3)], d=4)
od.move_to_end('b')
print(od, dict(od), list(reversed(od)), od == OrderedDict(a=1, c=3, d=4, b=2), od == {'b': 2, 'a': 1, 'c': 3, 'd': 4})
print(od.popitem(), od.popitem(last=False), od.copy(), list(od.items()))
try:
    hash(c)
except TypeError as e:
    print('TypeError', e)
try:
    OrderedDict().popitem()
except KeyError as e:
    print('KeyError', e)
try:
    print(groups['gone'] if False else od['gone'])
except KeyError as e:
    print('KeyError', e)
