# Items that defaultdict's factory makes and the program then grows through
# d[k].append(...) are the same objects the dict holds: reading them back
# sees what was appended (the subscript's __getitem__ result is shared).
from collections import defaultdict

words = ["ant", "bee", "cat", "deer", "eel", "frog", "gnu"]
by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, ", ".join(by_len[k]))

first = by_len[3]
print(first, len(first), "-".join(first))

by_initial = defaultdict(set)
for w in words:
    by_initial[w[0]].add(len(w))
print(sorted((k, sorted(v)) for k, v in by_initial.items()))

nested = defaultdict(lambda: defaultdict(int))
for w in words:
    nested[len(w)][w[0]] += 1
print({k: dict(v) for k, v in nested.items()})


class Grid:
    def __init__(self) -> None:
        self.rows: dict[int, list[str]] = {}

    def __getitem__(self, row: int) -> list[str]:
        return self.rows.setdefault(row, [])


g = Grid()
g[0].append("a")
g[0].append("b")
g[1].extend(["c"])
print(g.rows, " ".join(g[0]))
