# `x: T = v` stores like `x = v`; `x: T` alone binds nothing.
count: int = 3
names: list = ['a']


class Box:
    size: int = 2
    label: str

    def __init__(self, label):
        self.label: str = label
        self.items: list = []


def histogram(words):
    counts: dict = {}
    total: int
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    total = len(words)
    return counts, total


b = Box('x')
b.items.append(count)
print(count, names, Box.size, b.label, b.items, histogram('a b a'.split()))
try:
    print(total)
except NameError as e:
    print('NameError', e)
