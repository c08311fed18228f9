items = [1, "two", 3.0]
first = items[0]
items.append(None)
things = []
things.append(1)
things.append("s")
for t in items:
    print(t)
print(first, things)
