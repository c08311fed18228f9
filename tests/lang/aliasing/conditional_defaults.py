# A container chosen by a conditional expression or `or` is the very object
# later code grows: `items if items is not None else []` is the usual default.


class Basket:
    def __init__(self, items=None, tags=None, counts=None):
        self.items = items if items is not None else []
        self.tags = [] if tags is None else tags
        self.counts = counts or {}

    def add(self, item):
        self.items.append(item)
        self.tags.append(item.upper())
        self.counts[item] = self.counts.get(item, 0) + 1


b = Basket()
for word in ['pear', 'fig', 'pear']:
    b.add(word)
print(b.items, b.tags, b.counts)

shared = ['kiwi']
c = Basket(shared)
c.add('lime')
print(shared, c.items is shared, c.tags)


def collect(flag, seed=None):
    out = seed if seed is not None else []
    out.append(flag)
    if flag:
        more = (extra := []) if flag > 1 else []
        more.append(flag * 10)
        out.extend(more)
        print('walrus', extra if flag > 1 else None)
    return out


print(collect(0), collect(1), collect(2, [7]))


def pick(a, b, first):
    chosen = a if first else b
    chosen.append(len(chosen))
    return chosen


x, y = [], []
pick(x, y, True)
pick(x, y, False)
pick(x, y, True)
print(x, y)
