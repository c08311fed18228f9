"""src/stdlib/pprint.py against CPython's pprint on random nested dicts,
lists, tuples, sets and long strings, at many widths and options."""
import collections
import pprint
import random

from differential import finish, load, same

ours = load('pprint')
rng = random.Random(7)
WORDS = ['alpha', 'beta', 'gamma delta', 'x' * 30, 'line one\nline two\n', 'tab\there', '', "it's", 'a "q"',
         'long words ' * 8, 'é ü', '   spaced   ']


def random_value(depth):
    r = rng.random()
    if depth > 3 or r < 0.35:
        return rng.choice([0, 1, -17, 10 ** 12, 2.5, True, None, b'bytes', b'0123456789' * 3, bytearray(b'ab' * 9), 3 + 4j] + WORDS)
    kind = rng.choice(['dict', 'list', 'tuple', 'set', 'frozenset', 'one', 'counter', 'ordered', 'default'])
    n = rng.randrange(0, 7)
    if kind == 'counter':
        return collections.Counter({rng.choice(WORDS) + str(i): rng.randrange(-3, 50) for i in range(n)})
    if kind == 'ordered':
        return collections.OrderedDict(('k%d' % i, random_value(depth + 1)) for i in range(n))
    if kind == 'default':
        return collections.defaultdict(rng.choice([list, int, None]), {'d%d' % i: random_value(depth + 1) for i in range(n)})
    if kind == 'dict':
        return {rng.choice(['k%d' % i, i, (i, 'x'), 2.5 * i, None]): random_value(depth + 1) for i in range(n)}
    if kind == 'list':
        return [random_value(depth + 1) for _ in range(n)]
    if kind == 'tuple':
        return tuple(random_value(depth + 1) for _ in range(n))
    if kind == 'one':
        return (random_value(depth + 1),)
    items = {rng.choice([1, 2, 33, 'a', 'bb' * 10, (1, 2), -4]) for _ in range(n)}
    return items if kind == 'set' else frozenset(items)


def formatted(m, value, options):
    return m.pformat(value, **options)


def checks(m, value):
    return m.saferepr(value), m.isreadable(value), m.isrecursive(value)


for _ in range(3000):
    value = random_value(0)
    options = {}
    if rng.random() < 0.7:
        options['width'] = rng.choice([1, 5, 10, 20, 30, 40, 60, 80, 100])
    if rng.random() < 0.3:
        options['indent'] = rng.choice([0, 1, 2, 4])
    if rng.random() < 0.2:
        options['depth'] = rng.choice([1, 2, 3])
    if rng.random() < 0.3:
        options['compact'] = True
    if rng.random() < 0.3:
        options['sort_dicts'] = False
    if rng.random() < 0.1:
        options['underscore_numbers'] = True
    same(formatted, pprint, ours, value, options)
    same(checks, pprint, ours, value)

cyclic = [1, {'a': 2}]
cyclic.append(cyclic)
cyclic[1]['self'] = cyclic[1]
same(lambda m: m.pformat(cyclic, width=10).replace(str(id(cyclic)), 'ID').replace(str(id(cyclic[1])), 'ID2'),
     pprint, ours)
same(checks, pprint, ours, [1, 2, object()])
finish('pprint')
