# Set algebra methods on sets the compiler sees only as values of unknown
# type (a list mixing sets, frozensets and other things).
things = [{1, 2, 3}, frozenset({2, 3, 4}), 'text', {3: 'x', 5: 'y'}]
s, f = things[0], things[1]
print(sorted(s.union(f, [9])), sorted(s.intersection(f)), sorted(s.difference(f, {1})))
print(sorted(s.symmetric_difference(f)), type(f.union(s)).__name__, type(s.union(f)).__name__)
print(s.issubset(range(10)), f.issuperset([2, 3]), s.isdisjoint(things[3]), f.isdisjoint('ab'))
print(sorted(s.union()), sorted(f.intersection([4, 4, 2], (2, 4))), sorted(s.intersection(things[3])))
u = things[0].copy()
u.update([7, 8], {9})
print(sorted(u))
u.intersection_update(range(5, 10))
print(sorted(u))
u.difference_update([7])
print(sorted(u))
u.symmetric_difference_update({8, 100})
print(sorted(u))
for bad in ['issubset', 'symmetric_difference']:
    try:
        getattr(s, bad)()
    except TypeError as e:
        print('TypeError', e)
try:
    f.update([1])
except AttributeError as e:
    print('AttributeError', e)
# The methods read by a name known only at run time.
for target in [things[0], things[1]]:
    for name in ['union', 'intersection', 'difference', 'symmetric_difference', 'issubset', 'issuperset',
                 'isdisjoint']:
        r = getattr(target, name)([3, 4, 5])
        print(name, sorted(r) if isinstance(r, (set, frozenset)) else r, type(r).__name__)
    print(sorted(getattr(target, 'union')({10}, [11], (12,))), sorted(getattr(target, 'difference')({1}, [4])))
v = {1, 2, 3, 4}
for name, arg in [('update', [5, 6]), ('intersection_update', {2, 5, 6, 7}), ('difference_update', (6,)),
                  ('symmetric_difference_update', [5, 9])]:
    getattr(v, name)(arg)
    print(name, sorted(v))
