import heapq
h = []
heapq.heappush(h, 3)
print(h, heapq.__name__)
