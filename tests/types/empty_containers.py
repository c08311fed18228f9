xs = []
xs.append(1)
names = []
names.extend(["a", "b"])
d = {}
d["k"] = 1.5
s = set()
s.add("x")
groups = {}
groups.setdefault("g", []).append(3)
never = []
print(xs, names, d, s, groups, never)
