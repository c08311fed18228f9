"""src/stdlib/collections against CPython's collections: deque under random
operation sequences, and the dict subclasses."""
import collections
import random

from differential import finish, load, same

ours = load('collections')
TEXT = 'the quick brown fox jumps over the lazy dog the end a a b'.split()


def deque_session(m, seed):
    """300 random operations on one deque, logging every result and state."""
    rng = random.Random(seed)
    log = []
    d = m.deque(range(rng.randint(0, 5)), maxlen=rng.choice([None, 3, 10]))
    operations = [
        lambda step: d.append(step), lambda step: d.appendleft(step), lambda step: d.pop(),
        lambda step: d.popleft(), lambda step: d.extend([step, step + 1]), lambda step: d.extendleft([step, -step]),
        lambda step: d.rotate(rng.randint(-7, 7)), lambda step: d[rng.randint(-6, 6)],
        lambda step: d.__setitem__(rng.randint(-6, 6), 'x'), lambda step: d.__delitem__(rng.randint(-6, 6)),
        lambda step: d.insert(rng.randint(-6, 6), 'i'), lambda step: d.remove(rng.choice(['x', 'i', 3])),
        lambda step: d.index(rng.choice(['x', 'i', 3])), lambda step: d.reverse(),
        lambda step: (d.count('x'), 'x' in d, len(d), bool(d)),
        lambda step: repr(d) + repr(d.copy()) + repr(d * 2) + repr(list(reversed(d))),
        lambda step: [d.append(1) for _ in d],
    ]
    for step in range(300):
        try:
            log.append(repr(rng.choice(operations)(step)))
        except Exception as e:  # noqa: BLE001
            log.append((type(e).__name__, str(e)))
        log.append(repr(d))
    return log


def counter(m):
    c = m.Counter(TEXT)
    return repr(c), c.most_common(2), c['the'], c['nope'], c.total(), repr(m.Counter(a=3, b=-1, c=0))


def counter_arithmetic(m):
    c, d = m.Counter(a=3, b=-1, c=2), m.Counter(a=1, b=2, d=-3)
    return repr((c + d, c - d, c | d, c & d, +c, -c, sorted(c.elements())))


def counter_updates(m):
    c = m.Counter('aab')
    c.update('abc')
    c.update({'a': 5})
    c.subtract('aaz')
    c.update(x=2)
    del c['nope']
    del c['x']
    return repr(c), repr(c.copy()), c == {'a': 7, 'b': 2, 'c': 1, 'z': -1}, {'a': 6, 'b': 2, 'c': 1, 'z': -1} == c


def defaultdicts(m):
    groups = m.defaultdict(list)
    for w in TEXT:
        groups[len(w)].append(w)
    counts = m.defaultdict(int, {'a': 1})
    counts['b'] += 1
    return repr(groups), repr(dict(groups)), repr(counts), repr(m.defaultdict()), 'zz' in groups, repr(groups.copy())


def ordered_dicts(m):
    o = m.OrderedDict()
    o['b'] = 1
    o['a'] = 2
    o['c'] = 3
    o.move_to_end('b')
    moved = list(o.items())
    o.move_to_end('c', last=False)
    return repr(o), moved, o.popitem(), o.popitem(last=False), repr(o), o == m.OrderedDict(a=2), repr(m.OrderedDict())


def counter_comparisons(m):
    c, d = m.Counter(a=1, b=0), m.Counter(a=1)
    e = m.Counter(a=2)
    return c == d, c != d, c == {'a': 1}, d == {'a': 1}, d <= e, d < e, e >= c, e > e, dict(c)


def counter_in_place(m):
    c = m.Counter('abbb')
    same = c
    c += m.Counter('bcc')
    c -= m.Counter('aa')
    c |= m.Counter('dddd')
    c &= m.Counter('bbdd')
    return repr(c), c is same


def chainmap_session(m, seed):
    """200 random operations on a ChainMap of three dicts, logging every result and state."""
    rng = random.Random(seed)
    log = []
    maps = [{}, {'a': 1, 'b': 2}, {'b': 3, 'c': 4}]
    c = m.ChainMap(*maps)
    keys = 'abcdx'
    operations = [
        lambda: c[rng.choice(keys)], lambda: c.get(rng.choice(keys), '-'), lambda: rng.choice(keys) in c,
        lambda: c.__setitem__(rng.choice(keys), rng.randint(0, 9)), lambda: c.__delitem__(rng.choice(keys)),
        lambda: c.pop(rng.choice(keys)), lambda: c.pop(rng.choice(keys), None), lambda: c.popitem(),
        lambda: (len(c), list(c), sorted(c.items()), bool(c)), lambda: repr(c.new_child({'x': 0}, d=1)),
        lambda: repr(c.parents), lambda: repr(c | {'z': 26}), lambda: repr({'z': 26} | c),
        lambda: repr(c.copy()), lambda: c.clear() if rng.random() < 0.1 else None,
    ]
    for _ in range(200):
        try:
            log.append(repr(rng.choice(operations)()))
        except Exception as e:  # noqa: BLE001
            log.append((type(e).__name__, str(e)))
        log.append(repr(maps))
    return log


for seed in range(100):
    same(deque_session, collections, ours, seed)
    same(chainmap_session, collections, ours, seed)
for case in (counter, counter_arithmetic, counter_updates, counter_comparisons, counter_in_place, defaultdicts, ordered_dicts,
             lambda m: m.defaultdict()[1], lambda m: m.defaultdict(5), lambda m: m.OrderedDict().popitem(),
             lambda m: m.OrderedDict(a=1).move_to_end('x'), lambda m: repr(m.ChainMap.fromkeys('ab', 0)),
             lambda m: repr(m.ChainMap()), lambda m: m.ChainMap().popitem()):
    same(case, collections, ours)
finish('collections')
