s = set(range(10))
s.difference_update({1, 2})
s.intersection_update(range(0, 10, 2))
print(sorted(s))
s.symmetric_difference_update({0, 100})
s.update([7], (8,), {9})
print(sorted(s))
print(sorted(s.union([1], [2])), sorted(s.intersection({4, 6, 99})), sorted(s.difference({4})))
t = s.copy()
t.clear()
print(t, len(s))
print(s.pop() in range(200), len(s))
x = {1, 2}
x |= {3}
x &= {2, 3, 4}
x -= {2}
x ^= {5}
print(x)
