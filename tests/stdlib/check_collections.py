"""src/stdlib/collections against CPython's collections: deque, ChainMap,
UserDict, UserList and UserString under random operation sequences (the
User classes subclassed as programs do), and the dict subclasses."""
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


def user_dict_session(m, seed):
    """150 random operations on a UserDict subclass that lowercases keys and
    counts its writes, and on one with __missing__."""
    class Lower(m.UserDict):
        writes = 0

        def __setitem__(self, key, value):
            self.writes += 1
            super().__setitem__(key.lower(), value)

    class Default(m.UserDict):
        def __missing__(self, key):
            return key * 2

    rng = random.Random(seed)
    log = []
    d = Lower({'A': 1, 'b': 2}, C=3)
    e = Default(x='y')
    keys = ['a', 'B', 'c', 'x', 'Z']
    operations = [
        lambda: d[rng.choice(keys)], lambda: d.__setitem__(rng.choice(keys), rng.randint(0, 9)),
        lambda: d.__delitem__(rng.choice(keys)), lambda: d.get(rng.choice(keys), '-'), lambda: rng.choice(keys) in d,
        lambda: d.pop(rng.choice(keys)), lambda: d.pop(rng.choice(keys), None), lambda: d.popitem(),
        lambda: d.setdefault(rng.choice(keys), 0), lambda: d.update({rng.choice(keys): 5}, Q=1),
        lambda: d.update([('Pair', 2)]), lambda: (len(d), list(d), list(d.keys()), list(d.values()), list(d.items())),
        lambda: (repr(d.copy()), type(d.copy()).__name__, d.copy().writes), lambda: repr(d | {'K': 1}),
        lambda: repr({'K': 1} | d), lambda: repr(d | m.UserDict(w=0)), lambda: d == {'a': 1}, lambda: d == dict(d),
        lambda: d.__ior__({'M': 7}), lambda: d.__or__(5), lambda: repr(Lower.fromkeys('XY', 0)),
        lambda: d.clear() if rng.random() < 0.1 else None, lambda: e[rng.choice(keys)], lambda: e.get('q'),
        lambda: 'q' in e, lambda: repr(e), lambda: bool(d), lambda: repr(m.UserDict(d)),
    ]
    for _ in range(150):
        try:
            log.append(repr(rng.choice(operations)()))
        except Exception as exc:  # noqa: BLE001
            log.append((type(exc).__name__, str(exc)))
        log.append((repr(d), d.writes))
    return log


def user_list_session(m, seed):
    """200 random operations on a UserList subclass and on plain UserLists."""
    class Stack(m.UserList):
        def push(self, item):
            self.append(item)

    rng = random.Random(seed)
    log = []
    s = Stack(range(rng.randint(0, 4)))
    other = m.UserList('ab')
    operations = [
        lambda: s.push(rng.randint(0, 5)), lambda: s.pop(), lambda: s.pop(0), lambda: s[rng.randint(-5, 5)],
        lambda: s.__setitem__(rng.randint(-5, 5), 'x'), lambda: s.__delitem__(rng.randint(-5, 5)),
        lambda: s.insert(rng.randint(-5, 5), 'i'), lambda: s.remove(rng.choice(['x', 'i', 1])),
        lambda: s.index(rng.choice(['x', 'i', 1])), lambda: s.index(1, 1), lambda: s.count('x'),
        lambda: s.extend(other), lambda: s.extend([1, 2]), lambda: s.reverse(), lambda: (repr(s[1:3]), type(s[1:]).__name__),
        lambda: s.__setitem__(slice(0, 2), [9]), lambda: repr(s + other), lambda: repr(s + [0]), lambda: repr(s + (7,)),
        lambda: repr([0] + s), lambda: repr((7,) + s), lambda: repr(s * 2), lambda: repr(2 * s),
        lambda: s.__iadd__(['p']), lambda: s.__iadd__(('t',)), lambda: s.__imul__(1), lambda: repr(s.copy()),
        lambda: (s == list(s), s < [5], s > other, s <= s, s >= [], s == other, s != [1]), lambda: 'x' in s,
        lambda: (len(s), bool(s), list(reversed(s)), list(iter(s))), lambda: s.sort(key=str),
        lambda: s.sort(key=repr, reverse=True), lambda: repr(m.UserList(s)), lambda: s.clear() if rng.random() < 0.1 else None,
    ]
    for _ in range(200):
        try:
            log.append(repr(rng.choice(operations)()))
        except Exception as exc:  # noqa: BLE001
            log.append((type(exc).__name__, str(exc)))
        log.append((repr(s), type(s).__name__))
    return log


def user_string(m):
    class Word(m.UserString):
        def shout(self):
            return self.upper() + '!'

    w = Word('Hello, World')
    out = [repr(w), str(w), w.shout(), type(w.shout()).__name__, len(w), w[0], type(w[1:3]).__name__, list(w)[:3]]
    for name in ('capitalize', 'casefold', 'lower', 'upper', 'swapcase', 'title', 'strip', 'lstrip', 'rstrip',
                 'isalpha', 'isalnum', 'isascii', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric',
                 'isprintable', 'isspace', 'istitle', 'isupper', 'split', 'rsplit', 'splitlines', 'encode'):
        result = getattr(w, name)()
        out.append((name, repr(result), type(result).__name__))
    out += [w.center(20, '*'), w.ljust(15), w.rjust(15, '.'), w.zfill(16), Word('a\tb').expandtabs(4), w.strip('Hd'),
            w.removeprefix('Hel'), w.removesuffix(Word('ld')), w.replace('l', 'L', 2), w.replace(Word('o'), Word('0')),
            w.count('l'), w.count(Word('l'), 4), w.find('o'), w.rfind('o'), w.index('W'), w.rindex('l', 0, 5),
            w.startswith('He'), w.startswith(('x', 'H')), w.endswith('d', 0, 20), w.split(', '), w.rsplit('o', 1),
            w.partition(', '), w.rpartition('o'), Word('a\nb\n').splitlines(True), w.join(['1', '2']),
            Word('{0}-{x}').format(1, x=2), Word('{a}').format_map({'a': 3}), w.translate({72: 'J'}),
            Word('abc').translate(m.UserString.maketrans('ab', 'xy')), m.UserString.maketrans({'a': 'b'}),
            m.UserString.maketrans('a', 'b', 'c'), w.encode('ascii'), w.encode(None, None)]
    out += [repr(w + '!'), repr('>' + w), repr(w + Word('?')), repr(w + 5), repr(3 * Word('ab')), repr(Word('%s=%d') % ('a', 1)),
            repr('%s' % Word('q')), 'World' in w, Word('W') in w, w == 'Hello, World', w < 'Z', w >= Word('Hello'),
            hash(w) == hash('Hello, World'), int(m.UserString('42')), float(m.UserString('2.5')),
            complex(m.UserString('1+2j')), repr(m.UserString(12)), repr(m.UserString(w)), sorted([Word('b'), 'a', Word('c')]),
            {w: 1}['Hello, World'], list(reversed(Word('abc'))), w.index('o', 5)]
    return [repr(x) for x in out]


def user_errors(m):
    out = []
    for case in (lambda: m.UserList([1]).index(5), lambda: m.UserList().pop(), lambda: m.UserList([1]).remove(2),
                 lambda: m.UserList([1])[3], lambda: m.UserDict()['k'], lambda: m.UserDict().popitem(),
                 lambda: m.UserString('ab').index('z'), lambda: m.UserString('ab')[5], lambda: int(m.UserString('x')),
                 lambda: m.UserString.maketrans('abc'), lambda: m.UserString.maketrans({}, 'a'),
                 lambda: m.UserList([1]) < 'a', lambda: hash(m.UserList()), lambda: hash(m.UserDict()),
                 lambda: m.UserDict(5), lambda: m.UserList(5), lambda: m.UserString('a') < 5):
        try:
            out.append(repr(case()))
        except Exception as exc:  # noqa: BLE001
            out.append((type(exc).__name__, str(exc)))
    return out


for seed in range(100):
    same(deque_session, collections, ours, seed)
    same(chainmap_session, collections, ours, seed)
    same(user_dict_session, collections, ours, seed)
    same(user_list_session, collections, ours, seed)
for case in (counter, counter_arithmetic, counter_updates, counter_comparisons, counter_in_place, defaultdicts, ordered_dicts,
             lambda m: m.defaultdict()[1], lambda m: m.defaultdict(5), lambda m: m.OrderedDict().popitem(),
             lambda m: m.OrderedDict(a=1).move_to_end('x'), lambda m: repr(m.ChainMap.fromkeys('ab', 0)),
             lambda m: repr(m.ChainMap()), lambda m: m.ChainMap().popitem(), user_string, user_errors):
    same(case, collections, ours)
finish('collections')
