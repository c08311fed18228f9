# Lists shared through arguments, returns and closures.
def fill(xs, v):
    xs.append(v)

def same(xs):
    return xs

a = []
fill(a, 1)
print(a)

b = []
c = same(b)
c.append("s")
print(b, c, b is c)

def make():
    out = []
    return out, out

m, n = make()
m.append(3)
print(m, n)

def grower():
    items = []
    def add(v):
        items.append(v)
    return items, add

items, add = grower()
add(1.5)
add(2.5)
print(items)

def pick(first, second):
    return first if len(first) >= len(second) else second

u = []
w = [1, 2]
pick(w, u).append(3)
pick(u, []).append(4)
print(u, w)
