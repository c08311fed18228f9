ages = {"ann": 31, "bob": 27}
a = ages["ann"]
g = ages.get("cid")
g2 = ages.get("cid", 0)
keys = list(ages.keys())
vals = list(ages.values())
pairs = list(ages.items())
for name, age in ages.items():
    print(name, age)
counts = {}
for w in "a b a".split():
    counts[w] = counts.get(w, 0) + 1
merged = ages | counts
print(a, g, g2, keys, vals, pairs, counts, merged)
