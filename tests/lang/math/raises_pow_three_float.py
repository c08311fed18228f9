def pick(i):
    return [3, 2.5][i]

print(pow(pick(0), 2, 5))
print(pow(pick(1), 2, 5))
