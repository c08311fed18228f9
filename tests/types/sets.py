s = {1, 2, 3}
t = set()
t.add(4)
u = s | t
v = s & t
has = 2 in s
w = s.union([5.5])
print(sorted(s), t, u, v, has, sorted(w))
