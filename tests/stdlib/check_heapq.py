"""src/stdlib/heapq.py against CPython's heapq: the lists themselves, not just
what pops out, since a program sees them; items with only `<` included."""
import heapq
import random

from differential import finish, load, same

ours = load('heapq')


class OnlyLess:
    """Orders by k alone, with no __eq__: ties are settled by the algorithm."""

    def __init__(self, k, tag):
        self.k, self.tag = k, tag

    def __lt__(self, other):
        return self.k < other.k

    def __repr__(self):
        return '%d%s' % (self.k, self.tag)


def operations(m, data):
    heap, out = [], []
    for x in data:
        m.heappush(heap, x)
    out.append(list(heap))
    out.append([m.heappop(heap) for _ in range(len(heap) // 2)])
    out += [m.heappushpop(heap, data[0] if data else 7), list(heap)]
    if heap:
        out += [m.heapreplace(heap, data[-1]), list(heap)]
    xs = list(data)
    m.heapify(xs)
    return repr(out + [xs])


def selections(m, data):
    return repr((m.nsmallest(5, data), m.nlargest(5, data), m.nsmallest(3, iter(data)), m.nlargest(4, iter(data)),
                 m.nlargest(3, data, key=repr), m.nsmallest(0, data), m.nlargest(1, data), m.nlargest(10 ** 6, data)))


def merges(m, data):
    key = (lambda x: x.k) if data and isinstance(data[0], OnlyLess) else None
    parts = [sorted(data[:10], key=key), sorted(data[10:30], key=key), sorted(data[30:], key=key)]
    return repr((list(m.merge(*parts, key=key)), list(m.merge(*[p[::-1] for p in parts], key=key, reverse=True))))


for seed in range(30):
    rng = random.Random(seed)
    ints = [rng.randint(0, 20) for _ in range(rng.randint(0, 300))]
    objects = [OnlyLess(rng.randint(0, 5), i) for i in range(rng.randint(0, 50))]
    for data in (ints, objects):
        same(operations, heapq, ours, data)
        same(selections, heapq, ours, data)
        same(merges, heapq, ours, data)
same(lambda m: m.heappop([]), heapq, ours)
same(lambda m: m.heapreplace([], 1), heapq, ours)
same(lambda m: list(m.merge()), heapq, ours)
finish('heapq')
