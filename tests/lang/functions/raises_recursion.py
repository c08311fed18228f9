def down(n):
    return down(n - 1) * 2
print('start')
down(10)
