# x[k] op= v where x is a boxed value: x's [] read, the operator, and x's
# [] store, each once, in CPython's order.

rows = [[1, 2], {'a': 1.5}, {(3, 4): 0}, ['x']]
rows[0][1] += 10
rows[1]['a'] *= 4
rows[2][3, 4] += 7
rows[2][3, 4] -= 2
rows[3][0] += 'y'
print(rows)
table = [[1, 2, 3], (4, 5), 'str']
table[0][-1] **= 3
print(table[0])
try:
    table[1][0] += 1
except TypeError as e:
    print('TypeError:', e)
