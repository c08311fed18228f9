first, *middle, last = [1, 2, 3, 4]
a, (b, c) = 1, ("x", 2.5)
merged = [*middle, *"ab"]
t = (*middle, 0)
d1 = {"a": 1}
d2 = {**d1, "b": 2}
print(first, middle, last, a, b, c, merged, t, d2)
