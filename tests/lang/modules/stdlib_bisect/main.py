import bisect
from bisect import bisect_left, insort_left
xs = [1, 2, 2, 2, 5, 8, 13]
print(bisect_left(xs, 2), bisect.bisect_right(xs, 2), bisect.bisect(xs, 0), bisect.bisect(xs, 100))
print(bisect_left(xs, 2, 2), bisect.bisect_right(xs, 2, 0, 3), bisect_left(xs, 5, 0, -1))
def size(v):
    return abs(v)
by_size = [1, -3, 3, 4, -5]
print(bisect_left(by_size, 3, key=size), bisect.bisect_right(by_size, 3, key=size), bisect_left(by_size, 3, 2, key=size))
insort_left(xs, 4)
bisect.insort(xs, 2)
bisect.insort_right(xs, 9)
print(xs)
bisect.insort(by_size, -2, key=size)
print(by_size)
try:
    bisect_left(xs, 1, -1)
except ValueError as e:
    print('ValueError', e)
