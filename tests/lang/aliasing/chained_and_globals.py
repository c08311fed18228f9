# Chained assignment, globals, closures and class attributes sharing lists.
x = y = []
y.append(1)
print(x, y)

log = []

def record(event):
    entries = log
    entries.append(event)

record("start")
record("stop")
print(log)

def counter():
    seen = []
    def add(v):
        bucket = seen
        bucket.append(v)
        return len(seen)
    return add

add = counter()
add(0.5)
print(add(1.5))

class Registry:
    known = []

    def register(self, name):
        names = self.known
        names.append(name)

reg = Registry()
reg.register("a")
Registry().register("b")
print(Registry.known)

matrix = {}
matrix["r"] = row = {}
row["c"] = 1
print(matrix)

pairs = {}
for k in ["p", "q"]:
    pairs[k] = cell = []
    cell.append(k * 2)
print(pairs)
