# Membership of ints around the edges of the small keys a set of ints
# answers without probing (-64 up to 192), next to keys beyond them that
# share their hash (2**61 - 1 + k hashes as k), after every kind of change.
edges = [-66, -65, -64, -63, -1, 0, 1, 63, 64, 127, 128, 190, 191, 192, 193, 2**61 + 4, 2**61 - 1 + 191, 2**70, -2**70]


def show(label, s):
    print(label, len(s), [k for k in edges if k in s], [k for k in (5, 191, 2**61 + 4, 2**61 + 190) if k in s])


s = set()
for k in edges:
    s.add(k)
    s.add(k)
show('added', s)
s.add(5)
show('with 5', s)
s.remove(2**61 + 4)
show('removed collider', s)
s.discard(5)
s.discard(5)
show('discarded 5', s)
for k in edges[::2]:
    s.discard(k)
show('half', s)
try:
    s.remove(-64)
except KeyError as e:
    print('KeyError', e)
t = s.copy()
t.add(-64)
show('copy', t)
show('original', s)
f = frozenset(t)
print(-64 in f, 192 in f, -63 in f, len(f))
u = set(range(-70, 200, 3))
u &= {k for k in range(-70, 200) if k % 2 == 0}
show('intersection_update', u)
print(sorted(u)[:5], -64 in u, -58 in u, 188 in u, 190 in u)
u -= set(range(-70, 0))
print(-64 in u, 2 in u, len(u))
u ^= {2, 3, 191}
print(2 in u, 3 in u, 191 in u, len(u))
v = u | {-64, 500}
print(-64 in v, 500 in v, -64 in u)
while len(v) > 3:
    v.pop()
print(sorted(v) == sorted(k for k in range(-100, 600) if k in v))
v.clear()
print(len(v), 0 in v, -64 in v, v)
grow = set()
for k in range(-64, 192):
    grow.add(k)
    if k % 3 == 0:
        grow.remove(k)
print(len(grow), sum(1 for k in range(-70, 200) if k in grow), -63 in grow, -64 in grow, 191 in grow)
churn = set()
for i in range(2000):
    churn.add(i % 37 - 10)
    churn.discard(i % 23 - 5)
print(len(churn), [k for k in range(-12, 30) if k in churn], list(churn))
print({-1, -2, 191, 192} == {192, 191, -2, -1}, {1, 2} <= {1, 2, 3}, {-64}.isdisjoint({191}))
