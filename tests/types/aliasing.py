# A container has one type wherever it flows (docs/types.md, "Aliasing").
a = []
b = a
b.append(1.5)

rows = []
row = []
rows.append(row)
row.append("x")

def same(xs):
    return xs

c = []
same(c).append(1)

def store(target, value):
    target.append(value)

# More argument tuples than typed specialisations: the last runs on dyn, so
# what it is given may hold anything stored through dyn.
store([1], 2)
store([1.5], 2.5)
store(["s"], "t")
store([True], False)
kept = [0]
store(kept, None)
untouched = [0]
print(a, rows, c, kept, untouched)
