# A list made of Nones and filled later with instances: one object under every
# name (no copy where both types hold Values).

class P:
    def __init__(self, i):
        self.i = i

    def __repr__(self):
        return 'P(%d)' % self.i


def fill(xs):
    for i in range(len(xs)):
        xs[i] = P(i)
    return xs


slots = [None] * 3
alias = slots
filled = fill(slots)
print(filled is slots, alias is slots, slots, alias)
grid = [[None] * 2 for _ in range(2)]
grid[1][0] = P(7)
print(grid)
pair = (None, None)
print(pair == (None, None))
