# A program that reaches a few classes of the modules it imports: the
# others are left out of the C++ (codegen/unreached_classes.cpp), and
# leaving them out must change nothing the program sees.
import collections.abc
import numbers
from collections import OrderedDict, deque
from collections.abc import Mapping

# Registered builtins answer isinstance against the ABCs that are read.
print(isinstance([], collections.abc.MutableSequence), isinstance((), collections.abc.MutableSequence))
print(isinstance("s", collections.abc.Sequence), isinstance({}, Mapping), isinstance([], Mapping))
print(isinstance(3, numbers.Integral), isinstance(2.5, numbers.Integral), isinstance(2.5, numbers.Real))

d = OrderedDict()
d["b"] = 2
d["a"] = 1
d.move_to_end("b")
print(list(d.items()))

q = deque([1, 2, 3], maxlen=3)
q.append(4)
print(list(q), q.maxlen)


class Pairs(Mapping):
    def __init__(self, items):
        self.items_ = dict(items)

    def __getitem__(self, key):
        return self.items_[key]

    def __iter__(self):
        return iter(self.items_)

    def __len__(self):
        return len(self.items_)


p = Pairs([("x", 1), ("y", 2)])
print(len(p), p["y"], "x" in p, sorted(p.keys()), p.get("z", 0))
print(isinstance(p, collections.abc.Collection), isinstance(p, collections.abc.MutableMapping))
