data = [(1, (2, 3)), (4, (5, 6))]
for a, (b, c) in data:
    print(a + b + c)
(a, b), c = [1, 2], 3
print(a, b, c)
first, *middle, last = range(6)
print(first, middle, last)
*init, tail = 'abc'
print(init, tail)
try:
    a, b = (1, 2, 3)
except ValueError as e:
    print('ValueError', e)
try:
    a, b, c = (1, 2)
except ValueError as e:
    print('ValueError', e)
print(tuple(x * 2 for x in (1, 2, 3)), repr((1,)), str(()), ((),))
