# Counter, defaultdict and OrderedDict are dict subclasses: isinstance,
# dict's methods and operators, and a plain dict's == and dict() of them.
from collections import Counter, OrderedDict, defaultdict

counts = Counter("mississippi")
groups = defaultdict(list)
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    groups[word[0]].append(word)
ordered = OrderedDict([("x", 1), ("y", 2), ("z", 3)])

for value in (counts, groups, ordered):
    print(type(value).__name__, isinstance(value, dict), issubclass(type(value), dict), len(value), sorted(value))
print(dict(counts) == {"m": 1, "i": 4, "s": 4, "p": 2}, counts == {"m": 1, "i": 4, "s": 4, "p": 2}, {"a": 1} == Counter(a=1))
print(dict(groups), groups == {"a": ["apple", "avocado"], "b": ["banana", "blueberry"], "c": ["cherry"]})
print(list(ordered.items()), ordered.get("y"), ordered.setdefault("w", 0), list(ordered), "x" in ordered)
ordered.move_to_end("x")
ordered.move_to_end("w", last=False)
print(ordered, ordered.popitem(), ordered.popitem(last=False), ordered)
print(OrderedDict(a=1, b=2) == OrderedDict(b=2, a=1), OrderedDict(a=1, b=2) != OrderedDict(b=2, a=1), OrderedDict(a=1) == {"a": 1})

tally = defaultdict(int)
for ch in "hello world":
    tally[ch] += 1
print(sorted(tally.items()), tally["missing"], len(tally), repr(defaultdict(None, {"k": 1})))
merged = {**counts, **tally}
print(sorted(merged.items()), counts.most_common(2), counts.total())
del counts["m"]
del counts["absent"]
print(counts, +counts, counts - Counter(s=4), counts.get("m"), "s" in counts)


def describe(mapping):
    if isinstance(mapping, dict):
        return "dict of " + str(len(mapping))
    return "other"


print(describe(counts), describe(groups), describe(ordered), describe([1]))
