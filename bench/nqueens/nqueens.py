"""N-queens: counts every placement by backtracking over sets and lists,
and checks the first solution found.

    python3 bench/nqueens/nqueens.py [N]     (default 12)
"""
import sys


def solve(n):
    cols, diag1, diag2 = set(), set(), set()
    placement = []
    solutions = []

    def place(row):
        if row == n:
            solutions.append(tuple(placement))
            return
        for col in range(n):
            if col in cols or row + col in diag1 or row - col in diag2:
                continue
            cols.add(col)
            diag1.add(row + col)
            diag2.add(row - col)
            placement.append(col)
            place(row + 1)
            placement.pop()
            cols.remove(col)
            diag1.remove(row + col)
            diag2.remove(row - col)

    place(0)
    return solutions


def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 12
    solutions = solve(n)
    checksum = sum(sum((i + 1) * c for i, c in enumerate(s)) for s in solutions)
    print('%d queens: %d solutions, first %s, checksum %d' % (n, len(solutions), list(solutions[0]), checksum))


main()
