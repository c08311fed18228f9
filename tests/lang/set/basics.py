s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s)
s.add(10)
s.add(1)
s.discard(99)
s.remove(3)
print(sorted(s), s)
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(a | b, a & b, a - b, a ^ b, b - a)
print(a <= {1, 2, 3, 4, 5}, a < a, a >= {1}, {1, 2}.isdisjoint({3}), a.issubset(range(10)))
print(set(), set([1, 1, 2]), set('aab') == {'a', 'b'}, len(set(range(100)) | set(range(50, 150))))
try:
    s.remove(99)
except KeyError as e:
    print('KeyError', e)
