import itertools
print(list(itertools.islice(itertools.cycle('ab'), 5)), list(itertools.repeat(0, 3)), list(itertools.compress('abcd', [1, 0, 1, 0])))
print(list(itertools.dropwhile(lambda x: x < 3, [1, 2, 3, 1])), list(itertools.filterfalse(lambda x: x % 2, range(6))))
print(list(itertools.starmap(pow, [(2, 3), (3, 2)])), list(itertools.chain.from_iterable([[1], [2, 3]])))
a, b = itertools.tee(range(3))
print(list(a), list(b), list(itertools.pairwise('abcd')), list(itertools.combinations_with_replacement('ab', 2)))
print(list(itertools.accumulate([1, 2, 3], lambda x, y: x * y, initial=10)), next(itertools.count(5, 2)))
