class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)), sum(Countdown(10)), max(Countdown(3)))
c = Countdown(2)
print(next(c), next(c), next(c, 'end'))
class Tree:
    def __init__(self, v, kids=()):
        self.v, self.kids = v, kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k
t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), [v * 10 for v in t], 3 in t)
it = iter(t)
print(iter(it) is it, next(it))
for a, b in zip(Countdown(3), t):
    print(a, b)
