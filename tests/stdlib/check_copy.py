"""src/stdlib/copy.py against CPython's copy on random nested containers
with shared and cyclic parts, and on instances (with __copy__, __deepcopy__,
__setattr__). `_ingot_copy`, the compiler's core, is stood in for by
_ingot_copy.py here."""
import copy
import random

from differential import finish, load, same

ours = load('copy')
rng = random.Random(99)


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Frozen:
    def __init__(self, value):
        object.__setattr__(self, 'value', value)

    def __setattr__(self, name, value):
        raise AttributeError('frozen')


class Custom:
    def __init__(self, items):
        self.items = items
        self.copies = 0

    def __copy__(self):
        c = Custom(self.items)
        c.copies = self.copies + 1
        return c

    def __deepcopy__(self, memo):
        c = Custom([i * 2 for i in self.items])
        c.copies = len(memo)
        return c


def random_value(depth, pool):
    r = rng.random()
    if depth > 3 or r < 0.3:
        return rng.choice([1, -5, 2.5, 'a', '', None, True, b'xy', (1, 2), frozenset({1}), range(3), 10 ** 30])
    if pool and r < 0.4:
        return rng.choice(pool)  # shared
    kind = rng.choice(['list', 'dict', 'tuple', 'set', 'point', 'bytearray'])
    if kind == 'list':
        v = [random_value(depth + 1, pool) for _ in range(rng.randrange(4))]
        if rng.random() < 0.2:
            v.append(v)  # cyclic
    elif kind == 'dict':
        v = {rng.choice(['k', 'j', 1, (2, 3)]): random_value(depth + 1, pool) for _ in range(rng.randrange(4))}
    elif kind == 'tuple':
        v = tuple(random_value(depth + 1, pool) for _ in range(rng.randrange(4)))
    elif kind == 'set':
        v = {rng.choice([1, 2, 'a', (1, 2), frozenset({3})]) for _ in range(rng.randrange(4))}
    elif kind == 'bytearray':
        v = bytearray(b'abc')
    else:
        v = Point(random_value(depth + 1, pool), random_value(depth + 1, pool))
    pool.append(v)
    return v


def shape(v, seen):
    """A comparable picture of v: structure, values, and which parts are the
    same object (by first-seen number), so sharing and cycles show."""
    if id(v) in seen:
        return ('ref', seen[id(v)])
    if isinstance(v, (list, dict, set, tuple, bytearray, frozenset)) or hasattr(v, '__dict__'):
        seen[id(v)] = len(seen)
    if isinstance(v, list):
        return ['list'] + [shape(a, seen) for a in v]
    if isinstance(v, tuple):
        return ('tuple',) + tuple(shape(a, seen) for a in v)
    if isinstance(v, dict):
        return ['dict'] + [(shape(k, seen), shape(a, seen)) for k, a in v.items()]
    if isinstance(v, (set, frozenset)):
        return [type(v).__name__] + sorted(repr(a) for a in v)
    if hasattr(v, '__dict__'):
        return [type(v).__name__] + [(k, shape(a, seen)) for k, a in vars(v).items()]
    return ('value', type(v).__name__, repr(v))


def copied(m, value, deep):
    seen = {}
    original = shape(value, seen)
    result = m.deepcopy(value) if deep else m.copy(value)
    joint = dict(seen)  # the copy's parts that are the original's show as refs
    return original, shape(result, joint), result is value


for _ in range(3000):
    value = random_value(0, [])
    same(copied, copy, ours, value, True)
    same(copied, copy, ours, value, False)

for value in (Frozen([1, 2]), Custom([1, 2]), [Custom([3]), Custom([4])], {'p': Point(Frozen(1), [1])}):
    same(copied, copy, ours, value, True)
    same(copied, copy, ours, value, False)
same(lambda m: [m.deepcopy(len) is len, m.copy(Point) is Point, m.deepcopy(None)], copy, ours)
same(lambda m: m.deepcopy([1, [2]], {}), copy, ours)
finish('copy')
