# pprint breaks a Counter, an OrderedDict and a defaultdict over lines as CPython does.
from pprint import pprint
from collections import Counter, OrderedDict, defaultdict
c = Counter("the quick brown fox jumps over the lazy dog, then again the quick brown fox")
pprint(c)
o = OrderedDict((str(i) * 10, i) for i in range(10))
pprint(o)
d = defaultdict(list)
for i in range(12):
    d["key%02d" % i].append(i * 1000)
pprint(d)
pprint(Counter())
pprint(OrderedDict())
pprint(defaultdict(int))
pprint({"counts": Counter({"alpha" * 5: 3, "beta" * 5: 2, "gamma" * 5: 1}), "x": OrderedDict(a=[1] * 30)}, width=60)
pprint(Counter("abcdefghijklmnopqrstuvwxyzabcdefghijk"), indent=4)
