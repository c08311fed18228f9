class Sparse:
    def __init__(self, n):
        self.n = n
        self.data = {}
    def __len__(self):
        return self.n
    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError('sparse index out of range')
        return self.data.get(i, 0)
    def __setitem__(self, i, v):
        self.data[i] = v
    def __delitem__(self, i):
        del self.data[i]
    def __contains__(self, v):
        return v in self.data.values()
s = Sparse(5)
s[1] = 10
s[3] = 30
print(len(s), s[1], s[2], 30 in s, 0 in s, list(s), bool(s))
del s[1]
print(list(s), sum(s))
try:
    del s[4]
except KeyError as e:
    print('KeyError', e)
print(len(Sparse(0)), bool(Sparse(0)))
class Seq:
    def __getitem__(self, i):
        if i >= 4:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), 5 in Seq())
