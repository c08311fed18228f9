# A comprehension in a class body whose variable a nested comprehension
# reads: the cell lives in the class body, which has no environment.
class Grid:
    size = 3
    cells = [[(r, c) for c in range(r)] for r in range(1, 4)]
    sums = {k: [k * j for j in range(k)] for k in (2, 3)}
    flat = [x for row in [[1, 2], [3]] for x in [row[0]] + row]
print(Grid.cells)
print(Grid.sums, Grid.flat)
