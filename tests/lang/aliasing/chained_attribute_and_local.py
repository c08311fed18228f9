# One container bound to an attribute and a local in a chained assignment
# is one object: what goes in through the local is seen through the
# attribute, whichever target comes first.
class Index:
    def __init__(self):
        self.words = words = set()
        self.counts = counts = {}
        self.order = order = []
        for w in "b a b c a b".split():
            words.add(w)
            counts[w] = counts.get(w, 0) + 1
            if w not in order:
                order.append(w)
        seen = self.seen = []
        seen.append(len(order))
        pairs = self.pairs = dict()
        pairs[("x", 1)] = 2.5


ix = Index()
print(sorted(ix.words), ix.counts, ix.order, ix.seen, ix.pairs)
x = y = []
x.append(1)
print(y, x is y)
