def heappush(h, x):
    h.append(('local heapq', x))
