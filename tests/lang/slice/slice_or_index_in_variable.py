# A subscript whose key is an int or a slice object chosen at run time
# (a table of column selectors, a parser's "field or range") reads an item
# or a slice of a list, tuple, str or range, as CPython does.
def pick(xs, key):
    return xs[key]


keys = [1, slice(1, 3), -1, slice(None, None, 2), slice(-2, None), slice(3, 0, -1)]
print([pick([1, 2, 3, 4, 5], k) for k in keys])
print([pick("hello", k) for k in keys])
print([pick((9, 8, 7, 6), k) for k in keys])
print([pick(range(10), k) for k in keys])

COLUMNS = {"name": 0, "scores": slice(1, 4), "last": -1}
row = ["ada", 90, 85, 77, "x"]
for column, selector in COLUMNS.items():
    print(column, row[selector])

try:
    pick([1, 2], 5)
except IndexError as e:
    print("IndexError:", e)
try:
    pick("ab", slice("a", None))
except TypeError as e:
    print("TypeError:", e)
