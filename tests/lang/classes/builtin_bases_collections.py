# Subclasses of collections' dict classes: defaultdict and Counter.

from collections import defaultdict, Counter


class Graph(defaultdict):
    def __init__(self):
        super().__init__(list)

    def edge(self, a, b):
        self[a].append(b)


g = Graph()
g.edge(1, 2)
g.edge(1, 3)
print(dict(g), len(g), g[1])


class Tally(Counter):
    def top(self):
        return self.most_common(1)[0]


t = Tally("abracadabra")
print(t.top(), t["a"], t["z"])
