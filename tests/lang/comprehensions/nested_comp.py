matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([[row[i] for row in matrix] for i in range(3)])
print([sum(row) for row in matrix], sum(x for row in matrix for x in row))
print({(r, c): matrix[r][c] for r in range(3) for c in range(3) if r == c})
print([[(i, j) for j in range(i)] for i in range(4)])
triples = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(triples)
print([x for x in [y * 2 for y in range(5)] if x > 3])
