"""src/stdlib/itertools.py against CPython's itertools: results, errors, and
how far each one consumes a shared iterator."""
import itertools

from differential import finish, load, same

ours = load('itertools')
CASES = [
    lambda m: list(m.islice(m.count(5, 2), 5)),
    lambda m: list(m.islice(m.cycle('ab'), 5)),
    lambda m: list(m.cycle([])),
    lambda m: (list(m.repeat(0, 3)), list(m.islice(m.repeat('x'), 3))),
    lambda m: list(m.accumulate([1, 2, 3], lambda x, y: x * y, initial=10)),
    lambda m: (list(m.accumulate([1, 2, 3])), list(m.accumulate([])), list(m.accumulate([], initial=5))),
    lambda m: (list(m.chain('ab', [1, 2])), list(m.chain.from_iterable([[1], [2, 3]]))),
    lambda m: list(m.compress('abcd', [1, 0, 1, 0])),
    lambda m: (list(m.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(m.takewhile(lambda x: x < 3, [1, 2, 3, 1]))),
    lambda m: (list(m.filterfalse(lambda x: x % 2, range(6))), list(m.filterfalse(None, [0, 1, '', 'a']))),
    lambda m: list(m.starmap(pow, [(2, 3), (3, 2)])),
    lambda m: (list(m.pairwise('abcd')), list(m.pairwise('a'))),
    lambda m: (list(m.zip_longest('abc', [1], fillvalue=0)), list(m.zip_longest())),
    lambda m: (list(m.product('ab', range(2))), list(m.product('ab', repeat=2)), list(m.product())),
    lambda m: list(m.product('ab', repeat=-1)),
    lambda m: [(k, list(g)) for k, g in m.groupby('aaabbcaa')],
    lambda m: [k for k, g in m.groupby('aaabbcaa')],
    lambda m: [(k, list(g)) for k, g in m.groupby(range(10), lambda x: x // 3)],
    lambda m: [(k, list(g)) for k, g in list(m.groupby('aabbb'))],
    lambda m: m.takewhile(None, 5),
    lambda m: m.zip_longest(5),
]


def islice_args(m, args):
    return list(m.islice(range(10), *args))


def islice_consumes(m, args):
    it = iter(range(10))
    part = m.islice(it, *args)
    first = next(part, None)
    return first, list(part), list(it)


def groupby_interleaved(m):
    g = m.groupby('aabbbc')
    _, group = next(g)
    first = next(group)
    key, group2 = next(g)
    return first, key, list(group2), list(group)


def tee_copies(m):
    a, b, c = m.tee(iter('abcd'), 3)
    return next(a), next(a), list(b), list(c), list(a), [list(t) for t in m.tee(range(3))]


def combinatorics(m, r):
    out = [list(m.permutations('abc', r))]
    if r is not None:
        out += [list(m.combinations('abcd', r)), list(m.combinations_with_replacement('abc', r)),
                list(m.combinations_with_replacement('', r))]
    return out


for case in CASES:
    same(case, itertools, ours)
for args in [(5,), (2, 8), (2, 8, 3), (None,), (2, None), (1, 9, None), (-1,), (1, 'a'), (1, 2, 0), (), (1, 2, 3, 4)]:
    same(islice_args, itertools, ours, args)
for args in [(2, 7, 3), (1, 5, 10), (0,), (3, 3)]:
    same(islice_consumes, itertools, ours, args)
same(groupby_interleaved, itertools, ours)
same(tee_copies, itertools, ours)
for r in [None, 0, 1, 2, 3, 4, -1]:
    same(combinatorics, itertools, ours, r)
finish('itertools')
