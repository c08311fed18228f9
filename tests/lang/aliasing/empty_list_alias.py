# A list that starts empty and is mutated through a second name: one object.
a = []
b = a
b.append(1)
print(a, b, a is b)

c = []
d = c
d.append("x")
c.append("y")
print(c, d)

# The alias gets other item types than the original.
e = [1]
f = e
f.append(2.5)
print(e, f)

# Aliased dict and set.
g = {}
h = g
h["k"] = [1]
print(g, h)
s = set()
t = s
t.add(3)
print(s, sorted(t))

# An alias through a conditional expression and a tuple unpacking.
x = []
y = x if len(x) == 0 else [0.5]
y.append(7)
p, q = x, 1
p.append(8)
print(x, y, p, q)
