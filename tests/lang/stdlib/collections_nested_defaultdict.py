# A defaultdict of defaultdicts: dict() of each inner one (a dict subclass
# behind a dyn) reads it as a mapping, and both levels are dicts.
from collections import defaultdict

tree = defaultdict(lambda: defaultdict(int))
tree["a"]["x"] += 1
tree["b"]["y"] += 2
tree["a"]["z"] += 3
print({k: dict(v) for k, v in tree.items()})
print(isinstance(tree, dict), isinstance(tree["a"], dict), len(tree), sorted(tree["a"].items()))
plain = {}
plain.update(tree["b"])
print(plain, dict(tree["c"]), sorted(tree))
