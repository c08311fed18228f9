n = 5
pascal = [[1]]
for i in range(1, n):
    prev = pascal[-1]
    pascal.append([1] + [prev[j] + prev[j + 1] for j in range(len(prev) - 1)] + [1])
for row in pascal:
    print(row)
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print([list(r) for r in zip(*matrix)])
print([x for row in matrix for x in row if x % 2])
m2 = [[sum(a * b for a, b in zip(r, c)) for c in zip(*matrix)] for r in matrix]
print(m2)
