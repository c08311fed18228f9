# Protocol dunders of instances reached only through a dyn value: iteration,
# len(), `in`, truth, indexing, item stores, hashing.
class Count:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return CountIter(self.n)

    def __len__(self):
        return self.n

    def __contains__(self, x):
        return 0 <= x < self.n

    def __bool__(self):
        return self.n > 0

    def __getitem__(self, i):
        return i * 10

    def __setitem__(self, i, v):
        print('set', i, v)

    def __hash__(self):
        return self.n

    def __eq__(self, other):
        return isinstance(other, Count) and other.n == self.n


class CountIter:
    def __init__(self, n):
        self.i = 0
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


def box(x):
    xs = [1, 'a', 2.5, None, x]
    return xs[-1]


v = box(Count(3))
for x in v:
    print(x)
print(len(v), 2 in v, 5 in v, bool(v), v[4], hash(v), v == Count(3), {v: 1}[Count(3)])
v[1] = 'x'
print(list(v), sorted(v, reverse=True), sum(v))
if box(Count(0)):
    print('empty is true?')
else:
    print('empty is false')
