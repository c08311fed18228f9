# Iterators held as dynamic values: iterated, advanced with next(), and
# given to code that expects an iterator, sharing one position throughout.
d = {'b': 2, 'a': 1}
held = {'nums': iter([1, 2, 3, 4]), 'chars': iter('xyz'), 'pairs': zip([1, 2], 'ab'), 'keys': d.keys(), 'n': 7}

nums = held['nums']
print(next(nums), next(nums))
for x in nums:
    print('rest', x)
print(next(nums, 'done'))
print(list(held['chars']), list(held['chars']))
print([p for p in held['pairs']])
keys = held['keys']
d['c'] = 3
print(len(keys), list(keys), list(keys), keys == {'a', 'b', 'c'}, sorted(keys - {'a'}))

def total(it):
    s = 0
    for x in it:
        s += x
    return s

def first_two(it):
    return next(it), next(it)

sources = [iter([10, 20, 30]), iter((1, 2, 3)), iter(range(5)), iter({4: 'a', 5: 'b'}), 'not an iterator']
for src in sources:
    try:
        print(first_two(src), total(src))
    except TypeError as e:
        print('TypeError', e)
