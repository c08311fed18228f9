import heapq
import itertools
import sys
from collections import deque, namedtuple
from functools import lru_cache, reduce

Edge = namedtuple("Edge", ["src", "dst", "weight"])


class Graph:
    def __init__(self, directed=False):
        self.adj = {}
        self.directed = directed

    def add_edge(self, a, b, w=1):
        self.adj.setdefault(a, []).append(Edge(a, b, w))
        self.adj.setdefault(b, [])
        if not self.directed:
            self.adj[b].append(Edge(b, a, w))

    def nodes(self):
        return sorted(self.adj)

    def bfs(self, start):
        seen = {start}
        order = []
        queue = deque([start])
        while queue:
            node = queue.popleft()
            order.append(node)
            for e in self.adj[node]:
                if e.dst not in seen:
                    seen.add(e.dst)
                    queue.append(e.dst)
        return order

    def dijkstra(self, start):
        dist = {start: 0}
        prev = {}
        heap = [(0, start)]
        while heap:
            d, node = heapq.heappop(heap)
            if d > dist.get(node, float("inf")):
                continue
            for e in self.adj[node]:
                nd = d + e.weight
                if nd < dist.get(e.dst, float("inf")):
                    dist[e.dst] = nd
                    prev[e.dst] = node
                    heapq.heappush(heap, (nd, e.dst))
        return dist, prev

    def path(self, start, goal):
        dist, prev = self.dijkstra(start)
        if goal not in dist:
            return None
        out = [goal]
        while out[-1] != start:
            out.append(prev[out[-1]])
        return list(reversed(out)), dist[goal]

    def components(self):
        left = set(self.adj)
        comps = []
        while left:
            root = min(left)
            comp = set(self.bfs(root))
            comps.append(sorted(comp))
            left -= comp
        return comps


g = Graph()
for a, b, w in [("a", "b", 4), ("a", "c", 1), ("c", "b", 2), ("b", "d", 5), ("c", "d", 8), ("x", "y", 3)]:
    g.add_edge(a, b, w)
print(g.nodes())
print(g.bfs("a"))
print(g.path("a", "d"))
print(g.path("a", "y"))
print(g.components())


@lru_cache(maxsize=None)
def paths_in_grid(r, c):
    if r == 0 or c == 0:
        return 1
    return paths_in_grid(r - 1, c) + paths_in_grid(r, c - 1)


print(paths_in_grid(16, 16), paths_in_grid.cache_info().hits > 0)
pairs = list(itertools.combinations(g.nodes(), 2))
print(len(pairs), pairs[:3])
print(reduce(lambda acc, e: acc + e.weight, itertools.chain.from_iterable(g.adj.values()), 0))
for key, grp in itertools.groupby(sorted(e.weight for es in g.adj.values() for e in es), key=lambda w: w % 3):
    print(key, list(grp))
print(sys.getrecursionlimit() >= 1000)
