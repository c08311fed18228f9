def collect(out, value):
    out.append(value)

def register(table, key):
    table[key] = len(table)

results = []
collect(results, 1)
names = {}
register(names, "a")
print(results, names)
