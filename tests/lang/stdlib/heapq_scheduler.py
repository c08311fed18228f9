import heapq

# A priority queue of (priority, order, task), the usual heapq idiom.
tasks = [(3, 'write'), (1, 'plan'), (2, 'code'), (1, 'coffee'), (5, 'ship'), (4, 'test')]
queue = []
for order, (priority, name) in enumerate(tasks):
    heapq.heappush(queue, (priority, order, name))
print(queue)
done = []
while queue:
    priority, _, name = heapq.heappop(queue)
    done.append(name)
print(done)

xs = [9, 4, 7, 1, 8, 2, 6, 3, 5, 0]
heapq.heapify(xs)
print(xs, heapq.heappushpop(xs, 4), heapq.heapreplace(xs, 10), xs)
print(heapq.nlargest(3, [5, 1, 8, 3, 9, 2]), heapq.nsmallest(2, ['pear', 'fig', 'apple'], key=len))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge(['c', 'a'], ['d', 'b'], reverse=True)))

# k-th smallest distances, a typical use.
points = [(3, 4), (1, 1), (-2, 2), (5, 0), (0, -1)]
print(heapq.nsmallest(3, points, key=lambda p: p[0] * p[0] + p[1] * p[1]))
try:
    heapq.heappop([])
except IndexError as e:
    print('IndexError', e)
