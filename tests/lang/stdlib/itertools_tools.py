import itertools

print(list(itertools.islice(itertools.count(10, 5), 4)))
print(list(itertools.accumulate([3, 1, 4, 1, 5])), list(itertools.accumulate([3, 1, 4], max)))
print(list(itertools.chain('ab', 'cd')), list(itertools.chain.from_iterable(['xy', 'z'])))
print(list(itertools.permutations([1, 2, 3], 2)))
print(list(itertools.combinations('abcd', 2)))
print(list(itertools.product([0, 1], repeat=3)))
print([(k, len(list(g))) for k, g in itertools.groupby('aaabccdd')])
print(list(itertools.zip_longest([1, 2, 3], 'ab', fillvalue='-')))
print(list(itertools.takewhile(lambda x: x < 4, [1, 3, 5, 2])), list(itertools.dropwhile(lambda x: x < 4, [1, 3, 5, 2])))
print(list(itertools.starmap(lambda a, b: a * b, [(2, 3), (4, 5)])))
print(list(itertools.pairwise([1, 4, 9, 16])), list(itertools.compress('abcdef', [1, 0, 1, 0, 1, 1])))
evens, odds = itertools.tee(range(6))
print([x for x in evens if x % 2 == 0], [x for x in odds if x % 2])
total = 0
for i, c in zip(itertools.count(), itertools.cycle('xyz')):
    if i >= 7:
        break
    total += ord(c) * i
print(total, list(itertools.repeat('ab', 3)))
try:
    itertools.islice([1], -1)
except ValueError as e:
    print('ValueError', e)
