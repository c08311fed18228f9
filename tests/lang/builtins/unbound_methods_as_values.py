# Methods read from builtin classes, used as values: called with their
# receiver first, passed to map/sorted/reduce, stored in containers.
import functools

xs = [1, 2]
append = list.append
append(xs, 3)
list.extend(xs, [4, 5])
print(xs, list.pop(xs), list.count(xs, 2), list.index(xs, 3), list.copy(xs))
names = []
add_name = list.append
add_name(names, 'ann')
add_name(names, 'bob')
print(names)

words = ['Banana', 'apple', 'Cherry', 'date']
print(list(map(str.upper, words)), sorted(words, key=str.lower))
print(list(map(str.title, ['a b', 'c d'])), list(filter(str.isupper, ['A', 'b', 'C'])))
join = str.join
print(join('-', words), str.split('a,b,c', ','), str.partition('k=v', '='))
print(list(map(str.rfind, ['abcabc', 'xyz'], ['b', 'y'])), str.removeprefix('prefix_x', 'prefix_'))

sets = [{1, 2}, {2, 3}, {5}]
print(sorted(functools.reduce(set.union, sets)))
print(sorted(functools.reduce(set.intersection, [{1, 2, 3}, {2, 3, 4}, {3, 2}])))
print(sorted(functools.reduce(set.difference, [{1, 2, 3, 4}, {2}, {4}])))
print(set.issubset({1}, {1, 2}), set.isdisjoint({1}, [2, 3]), sorted(set.symmetric_difference({1, 2}, {2, 3})))
seen = set()
mark = set.add
for w in ['a', 'b', 'a']:
    mark(seen, w)
print(sorted(seen))

d = {'a': 3, 'b': 7, 'c': 5}
print(max(d, key=d.get), min(d, key=d.get), sorted(d, key=d.__getitem__))
get = dict.get
print(get(d, 'a'), get(d, 'z'), get(d, 'z', 0), sorted(dict.keys(d)), sorted(dict.values(d)))
print(sorted(dict.items(d)), list(map(dict.copy, [{'k': 1}, {'m': 2}])))
print(tuple.count((1, 2, 1), 1), tuple.index((4, 5, 6), 6))
