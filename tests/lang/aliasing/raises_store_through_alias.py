# After a store through an alias, a typed read of the original sees the new
# item and fails the way CPython does.
a = []
b = a
b.append("text")
b.append(1)
print(a, len(a))
total = 0
for x in a:
    total += x
print(total)
