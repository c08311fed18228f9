def quicksort(xs):
    if len(xs) <= 1:
        return xs
    pivot = xs[len(xs) // 2]
    return quicksort([x for x in xs if x < pivot]) + [x for x in xs if x == pivot] + quicksort([x for x in xs if x > pivot])
def merge_sort(xs):
    if len(xs) <= 1:
        return xs
    mid = len(xs) // 2
    a, b = merge_sort(xs[:mid]), merge_sort(xs[mid:])
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i]); i += 1
        else:
            out.append(b[j]); j += 1
    return out + a[i:] + b[j:]
data = [(i * 7919) % 101 - 50 for i in range(60)]
print(quicksort(data) == sorted(data) == merge_sort(data), quicksort(data)[:10])
import bisect
s = sorted(data)
print(bisect.bisect_left(s, 0), bisect.bisect_right(s, 0), s[bisect.bisect(s, 10) - 1])
bisect.insort(s, 3)
print(s.count(3))
import heapq
h = []
for x in [5, 1, 8, 3, 2]:
    heapq.heappush(h, x)
print([heapq.heappop(h) for _ in range(3)], heapq.nlargest(2, data), heapq.nsmallest(2, data))
