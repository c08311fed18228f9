class Squares:
    # The old sequence protocol: __getitem__ until IndexError.
    def __init__(self, n):
        self.n = n
    def __getitem__(self, i):
        if i >= self.n:
            raise IndexError(i)
        return i * i
class Words:
    # __iter__ returning another iterable's iterator.
    def __init__(self, text):
        self.words = text.split()
    def __iter__(self):
        return iter(self.words)
class Fib:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value
class Pairs:
    def __init__(self, xs):
        self.xs = xs
    def __iter__(self):
        for i in range(0, len(self.xs) - 1, 2):
            yield self.xs[i], self.xs[i + 1]
print(list(Squares(5)), sum(Squares(4)), max(Squares(3)), 9 in Squares(4), 10 in Squares(4))
print(sorted(Words('b c a')), [w.upper() for w in Words('x y')], 'y' in Words('x y'))
print(list(Fib(20)), sum(Fib(10)), list(zip(Fib(3), Squares(10))))
f = Fib(5)
print(next(f), next(f), next(f), list(f), next(f, 'done'))
for a, b in Pairs([1, 2, 3, 4, 5]):
    print(a, b)
print(dict(Pairs(['k', 1, 'j', 2])), [x for x in Squares(0)])
total = 0
for s in Squares(6):
    if s > 10:
        break
    total += s
print(total)
