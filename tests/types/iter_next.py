it = iter([1, 2, 3])
a = next(it)
b = next(it, None)
letters = iter("xy")
c = next(letters)
rows = [[1, 2], [3, 4]]
cols = list(zip(*rows))
print(a, b, c, cols)
