from fractions import Fraction
import copy


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise ValueError("ragged or empty matrix")
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    @property
    def shape(self):
        return len(self.rows), len(self.rows[0])

    def __getitem__(self, ij):
        i, j = ij
        return self.rows[i][j]

    def __setitem__(self, ij, v):
        i, j = ij
        self.rows[i][j] = v

    def __matmul__(self, other):
        n, m = self.shape
        m2, p = other.shape
        if m != m2:
            raise ValueError(f"shapes {self.shape} and {other.shape} don't align")
        return Matrix([[sum(self[i, k] * other[k, j] for k in range(m)) for j in range(p)] for i in range(n)])

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def inverse(self):
        n, m = self.shape
        if n != m:
            raise ValueError("not square")
        a = [[Fraction(x) for x in row] + [Fraction(int(i == j)) for j in range(n)] for i, row in enumerate(self.rows)]
        for col in range(n):
            pivot = next((r for r in range(col, n) if a[r][col] != 0), None)
            if pivot is None:
                raise ZeroDivisionError("matrix is singular")
            a[col], a[pivot] = a[pivot], a[col]
            pv = a[col][col]
            a[col] = [x / pv for x in a[col]]
            for r in range(n):
                if r != col and a[r][col]:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([row[n:] for row in a])

    def __repr__(self):
        width = max(len(str(x)) for row in self.rows for x in row)
        return "\n".join("[" + " ".join(str(x).rjust(width) for x in row) + "]" for row in self.rows)


m = Matrix([[2, 1, 1], [1, 3, 2], [1, 0, 0]])
inv = m.inverse()
print(inv)
print(m @ inv == Matrix.identity(3), (m @ inv).rows == Matrix.identity(3).rows)
print(m.transpose(), m.shape, Matrix([[1, 2, 3]]).transpose().shape)
c = copy.deepcopy(m)
c[0, 0] = 99
print(m[0, 0], c[0, 0], Fraction(3, 4) + Fraction(1, 6), Fraction("0.125"), float(Fraction(1, 3)))
for bad in ([[1, 2], [3]], [[1, 2], [2, 4]]):
    try:
        Matrix(bad).inverse()
    except (ValueError, ZeroDivisionError) as e:
        print(type(e).__name__, e)
try:
    m @ Matrix([[1, 2]])
except ValueError as e:
    print(e)
