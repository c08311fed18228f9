class Table:
    rows = [[r * c for c in range(1, 4)] for r in range(1, 4)]
    names = [s.upper() for s in ('a', 'b')]
    def doubled(self):
        return [[2 * x for x in row] for row in self.rows]
print(Table.rows, Table.names, Table().doubled())
def make(n):
    return {i: [j for j in range(i)] for i in range(n)}
print(make(4))
