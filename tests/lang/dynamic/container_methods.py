# Methods of lists, dicts, sets and tuples reached through a dynamic value
# (a dict whose values have too many types to share one): they act on the
# very object, so the typed names for it see every change.
nums = [5, 3, 8]
ages = {'ann': 31, 'bob': 27}
seen = {1, 2}
pair = (4, 5, 4)
record = {'nums': nums, 'ages': ages, 'seen': seen, 'pair': pair, 'name': 'rec'}

xs = record['nums']
xs.append(1)
xs.extend([9, 2])
xs.insert(0, 7)
xs.insert(-1, 6)
xs.insert(100, 0)
print(nums, xs.pop(), xs.pop(0), xs.index(8), xs.count(3), len(nums))
xs.remove(9)
xs.sort()
print(nums)
xs.reverse()
print(nums, xs.copy() == nums, xs.copy() is nums)
push = record['nums'].append
push(11)
print(nums[-1], nums)
record['nums'].clear()
print(nums, xs)

d = record['ages']
print(d.get('ann'), d.get('zed'), d.get('zed', 0), d.setdefault('cy', 40), d.setdefault('ann', 0))
print(d.pop('bob'), d.pop('bob', 'gone'), ages)
d.update({'dee': 22})
d.update([('eve', 19)])
print(ages, d.popitem(), ages)
print(list(d.keys()), list(d.values()), list(d.items()), len(d.keys()))
print(d.keys(), d.items())
oldest = max(ages, key=record['ages'].get)
print(oldest)
view = record['ages'].keys()
ages['fay'] = 50
print(sorted(view), 'fay' in view, sorted(view & {'fay', 'x'}))
copy = d.copy()
d.clear()
print(ages, copy)

s = record['seen']
s.add(3)
s.discard(1)
s.discard(99)
s.remove(2)
print(seen, s.pop(), seen)
s.add(7)
s.clear()
print(seen, len(s))

t = record['pair']
print(t.index(5), t.count(4), t.index(4, 1))
