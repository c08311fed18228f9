# A list slice assigned the reversed slice of the same list: the runs that
# reverse in place and their near misses (off by one, other lengths, empty,
# negative bounds, steps other than -1, other lists holding the same items).
def fresh():
    return list(range(8))


cases = [
    (0, 4, 3, None), (0, 4, 4, None), (0, 4, 2, None), (2, 5, 4, 1), (2, 5, 5, 1), (2, 5, 4, 2),
    (0, 0, 0, None), (3, 3, 2, 2), (-3, None, None, -4), (-3, None, -1, -5), (5, 100, 100, 4),
    (None, None, None, None), (1, None, None, 0), (0, 8, 7, None), (6, 2, 3, 1), (-100, 3, 2, -100),
]
for start, stop, rstart, rstop in cases:
    a = fresh()
    a[start:stop] = a[rstart:rstop:-1]
    print(start, stop, rstart, rstop, a)

for k in range(-2, 10):
    a = fresh()
    a[:k + 1] = a[k::-1]
    b = fresh()
    b[:k] = b[k::-1]
    print(k, a, b)

a = fresh()
a[1:7] = a[6:0:-2]
print(a)
a = fresh()
a[1:7:2] = a[6:0:-2]
print(a)
a = fresh()
alias = a
alias[2:6] = a[5:1:-1]
print(a, alias is a)
other = fresh()
a[0:4] = other[3::-1]
print(a, other)
words = ['a', 'b', 'c', 'd', 'e']
words[1:4] = words[3:0:-1]
print(words)
floats = [0.5, 1.5, 2.5, 3.5]
floats[:3] = floats[2::-1]
print(floats)
nested = [[1], [2], [3]]
nested[:] = nested[::-1]
nested[0].append(9)
print(nested)
try:
    a[::3] = a[3::-1]
except ValueError as e:
    print('ValueError', e)
print(a)
